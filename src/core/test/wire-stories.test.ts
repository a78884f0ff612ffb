import { describe, expect, it } from 'vitest';
import { mentionTypes } from './mention-types';

// Written for these tests in the layout of a wire service's stories: a headline, a dateline, one sentence a line.
describe('a wire story', () => {
  it('reads the capitals of a dateline as the place the story was filed from', () => {
    expect(mentionTypes('Gulf clubs meet in final .\nAL-AIN , United Arab Emirates 1996-12-06\nThe final was played on Friday .')).toContain('AL-AIN/place');
    expect(mentionTypes('KINSHASA (Reuters) - The rebels took the town on Tuesday, officials said.')).toContain('KINSHASA/place');
    expect(mentionTypes('MOGADISHU — The militants attacked a hotel on Tuesday, officials said.')).toContain('MOGADISHU/place');
    // (A headline's capitals are not a dateline.)
    expect(mentionTypes('NATO - GERMANY SENDS TROOPS .\nThe troops left on Monday .')).not.toContain('NATO/place');
  });

  it('reads a nationality of two words as a nationality, not part of the name after it', () => {
    const types = mentionTypes('West Indian all-rounder Phil Simmons and Sri Lankan Sanath Jayasuriya were named in the squad on Tuesday .');
    expect(types).toEqual(['West Indian/other', 'Phil Simmons/person', 'Sanath Jayasuriya/person']);
    expect(mentionTypes('Australian Greg Norman shot a 66 , and South African Airways flew him home .')).toEqual(['Greg Norman/person', 'South African Airways/organization']);
  });

  it("reads a name before a job and a person's name as the person's employer", () => {
    const types = mentionTypes('Commerzbank economist Peter Pietsch said inflation was under control .\nLufthansa spokesman Thomas Jachnow said the strike had ended .');
    expect(types).toEqual(['Commerzbank/organization', 'Peter Pietsch/person', 'Lufthansa/organization', 'Thomas Jachnow/person']);
    expect(mentionTypes('Senior economist Jane Foley said rates would rise .')).toEqual(['Jane Foley/person']);
  });

  it('finds the names of the story in its headline in capitals, but not a surname that is also a word', () => {
    const text = [
      'TENNIS - SELES BEATS HUBER IN FINAL .',
      'TORONTO 1996-08-25',
      "Top seed Monica Seles beat Germany 's Anke Huber 6-3 6-2 in the final of the Canadian Open on Sunday .",
    ].join('\n');
    expect(mentionTypes(text).slice(0, 2)).toEqual(['SELES/person', 'HUBER/person']);
    expect(mentionTypes('MAJOR TO MEET BANKERS .\nPrime Minister John Major will meet the bankers on Friday .')).not.toContain('MAJOR/person');
  });

  it("reads a company's whole name: its legal form, and past a hyphen", () => {
    expect(mentionTypes('Shares in Volkswagen AG fell 2.1 percent on Friday .')).toEqual(['Volkswagen AG/organization']);
    expect(mentionTypes('The index closed up , led by gains in Siemens and Daimler-Benz , and Agence France-Presse said so .')).toEqual(
      expect.arrayContaining(['Daimler-Benz/organization', 'Agence France-Presse/organization']),
    );
    // (Not two names joined by a hyphen.)
    expect(mentionTypes('The NATO-Russia council met on Friday .')).toEqual(['NATO/organization', 'Russia/place']);
    expect(mentionTypes('VW spokesman Klaus Kocks said the company had no comment .')).toEqual(['VW/organization', 'Klaus Kocks/person']);
  });

  it('reads a people as a named thing and a village by the word before it', () => {
    const text = [
      "Russia 's Lebed says Chechnya peace deal holds .",
      'MOSCOW 1996-08-31',
      'Russian security chief Alexander Lebed said on Saturday a peace deal with Chechen separatists was holding .',
      'Lebed met rebel chief of staff Aslan Maskhadov in the village of Novye Atagi on Friday .',
    ].join('\n');
    expect(mentionTypes(text)).toEqual(expect.arrayContaining(['Chechen/other', 'Novye Atagi/place', 'Aslan Maskhadov/person']));
  });

  it('reads a body of state known by one word as an organisation', () => {
    expect(mentionTypes("The Treasury 's 30-year bond fell 5/32 to yield 6.91 percent .")).toEqual(['Treasury/organization']);
  });

  it("reads a country's adjective as a nationality, not a person", () => {
    const types = mentionTypes('Rebels led by Laurent Kabila seized the eastern town of Uvira on Saturday , Tanzanian state radio said .');
    expect(types).not.toContain('Tanzanian/person');
    expect(types).toContain('Laurent Kabila/person');
  });

  it("keeps a job out of a person's name and a person's possessive out of a body's", () => {
    expect(mentionTypes('The colt beat the favourite by a nose .\nTrainer Michael Stoute said it was one of the best days of his career .')).toContain('Michael Stoute/person');
    const text = [
      'Romanian opposition leader Emil Constantinescu won the run-off , beating incumbent Ion Iliescu .',
      "Iliescu 's Party of Social Democracy had ruled Romania since 1989 .",
    ].join('\n');
    expect(mentionTypes(text)).toEqual(expect.arrayContaining(['Iliescu/person', 'Party of Social Democracy/organization']));
  });

  it("reads a body's initials the tagger passed over as the body, but not a word in capitals", () => {
    const text = 'British Airways Plc said it was in talks with American Airlines .\nBA chief executive Robert Ayling said the deal needed approval .\nBA shares rose .';
    expect(mentionTypes(text).filter((t) => t.startsWith('BA/'))).toEqual(['BA/organization', 'BA/organization']);
    expect(mentionTypes('The Bank of England held rates .\nTHE DEAL WILL BE DONE , it said .')).not.toContain('BE/organization');
  });
});
