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
      'Seles needed 62 minutes , and Huber said she had been tired .',
    ].join('\n');
    expect(mentionTypes(text).slice(0, 2)).toEqual(['SELES/person', 'HUBER/person']);
    // (A surname the story gives once is not looked for: it may be a word, "FOX HUNTING LAWS".)
    expect(mentionTypes('CAMPAIGNERS DEMAND TOUGHER FOX HUNTING LAWS\nFormer defence secretary Liam Fox said the law was clear .')).not.toContain('FOX/person');
    expect(mentionTypes('MAJOR TO MEET BANKERS .\nPrime Minister John Major will meet the bankers on Friday .')).not.toContain('MAJOR/person');
  });

  it("reads a dateline's agency as a body and the capital after its dash as a sentence's", () => {
    expect(mentionTypes('CHENNAI, India (AP) — The party won a second term on Sunday.')).toEqual(['CHENNAI/place', 'India/place', 'AP/organization']);
    expect(mentionTypes('Jury hears of shop raid\nMILWAUKEE — Prosecutors told jurors on Monday that the man fired twice.')).toEqual(['MILWAUKEE/place']);
  });

  it('reads initials defined in brackets as the body wherever they recur, and a party before its members as the party', () => {
    const types = mentionTypes('The Environment Agency (EA) issued 14 warnings on Sunday. The EA said the river would peak. Fighters of the Alliance Fleuve Congo (AFC) withdrew, and AFC spokesman Lawrence Kanyuka said so.');
    expect(types).toEqual(['Environment Agency/organization', 'EA/organization', 'EA/organization', 'Alliance Fleuve Congo/other', 'AFC/other', 'AFC/other', 'Lawrence Kanyuka/person']);
    const parties = mentionTypes('Keir Starmer faces a revolt after 47 Labour MPs signed a letter. Conservative leader Kemi Badenoch attacked him. Republican senators agreed.');
    expect(parties).toEqual(['Keir Starmer/person', 'Labour/organization', 'Conservative/organization', 'Kemi Badenoch/person']);
  });

  it("leaves a lawmaker's party and state code out of the names, and a portfolio before a title", () => {
    const types = mentionTypes('Sen. Mark Warner, D-Va., called the breach serious. Rep. Chip Roy, R-Texas, agreed, and Sen. Sherrod Brown, D-Ohio, did not.');
    expect(types).toEqual(['Mark Warner/person', 'Chip Roy/person', 'Texas/place', 'Sherrod Brown/person', 'Ohio/place']);
    expect(mentionTypes('Chief Minister M.K. Stalin met Health Cabinet Secretary Aden Duale and State District Judge Ramona Villarreal.')).toEqual([
      'M.K. Stalin/person',
      'Aden Duale/person',
      'Ramona Villarreal/person',
    ]);
    expect(mentionTypes('High Court Judge Anne Lee ruled.')).toEqual(['High Court/organization', 'Anne Lee/person']);
  });

  it('reads a headline in title case by the names of the story below it, not its verbs and nouns', () => {
    const text = [
      'Lithium Miner Corella Resources to Mothball Goldfields Mine as Study Finds Prices Fall',
      'PERTH — Corella Resources will close its mine near Kalgoorlie, chief executive Dana Hartigan said on Monday.',
      'Hartigan said prices had fallen by half.',
    ].join('\n');
    const types = mentionTypes(text);
    expect(types.slice(0, 1)).toEqual(['Corella Resources/organization']);
    expect(types.filter((t) => /Miner|Mothball|Study|Goldfields/.test(t))).toEqual([]);
    // A surname the story gives once and a listed place stay; a byline further down is no headline.
    expect(mentionTypes('Starmer Faces Biggest Backbench Revolt in Kent\nKeir Starmer is facing a revolt, MPs said on Tuesday.')).toEqual(
      expect.arrayContaining(['Starmer/person', 'Kent/place']),
    );
    expect(mentionTypes('Rates held.\nBy Jill Lawless and Danica Kirka\nThe bank held rates on Thursday.')).toEqual(['Jill Lawless/person', 'Danica Kirka/person']);
    // In capitals, a name of the story replaces the shorter one the tagger read inside it.
    expect(mentionTypes('BANK OF ENGLAND HOLDS RATES AT 4%\nThe Bank of England held rates on Thursday.')[0]).toBe('BANK OF ENGLAND/organization');
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

  it("reads a dealer's or a broker's employer as an organisation, but not a listed place", () => {
    const types = mentionTypes('" The market liked what it saw , " said a dealer at Bancomer .\nA dealer at Frankfurt said the same .');
    expect(types).toEqual(['Bancomer/organization', 'Frankfurt/place']);
  });

  it("reads a place before a contest's word as the contest, a named thing", () => {
    expect(mentionTypes('Bernhard Langer took a two-stroke lead in the Madrid Open on Friday .')).toEqual(['Bernhard Langer/person', 'Madrid Open/other']);
    expect(mentionTypes('She won the Boston Marathon and then the US Open .')).toEqual(['Boston Marathon/other', 'US Open/other']);
    expect(mentionTypes('The race started in Boston on Monday .')).toEqual(['Boston/place']);
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
    const text = 'The Crown Prosecution Service said it would not appeal .\nCPS lawyers had advised against the charge , and the CPS said so on Friday .';
    expect(mentionTypes(text).filter((t) => t.startsWith('CPS/'))).toEqual(['CPS/organization', 'CPS/organization']);
    // (Not two letters, which collide with everyday abbreviations; nor among capitals.)
    expect(mentionTypes('Jess Phillips said the Metropolitan Police had failed victims . An MP had been briefed .')).not.toContain('MP/organization');
    expect(mentionTypes('The Crown Prosecution Service met .\nTHE CPS WILL APPEAL , it said .')).not.toContain('CPS/organization');
  });
});

// A review built these to break the rules for wire stories and sports tables; each broke one before it was narrowed.
describe('leaves alone ordinary news that looks like a wire story or a table', () => {
  it('reads a weather table, a poll and an electoral table outside a sports report as before', () => {
    const weather = "Temperatures will climb this weekend .\nToday's highs and lows:\nLondon 18 12\nParis 21 14\nVisitors to London should expect crowded parks .";
    expect(mentionTypes(weather).filter((t) => t.startsWith('London/'))).toEqual(['London/place', 'London/place']);
    const poll = 'Kamala Harris leads Donald Trump narrowly in the latest polls .\nHarris 48 47\nTrump 46 45\nTrump dismissed the numbers .';
    expect(mentionTypes(poll)).not.toContain('Trump/organization');
  });

  it('keeps people people: a home town, a match against a player, a byline', () => {
    expect(mentionTypes('Scranton , the home town of Joe Biden , has voted Democratic for decades .')).toContain('Joe Biden/person');
    const tennis = 'Novak Djokovic will face Carlos Alcaraz in the final at Arthur Ashe Stadium . The tennis great said his match against Alcaraz would be tough .';
    expect(mentionTypes(tennis)).not.toContain('Alcaraz/organization');
    expect(mentionTypes('World leaders Macron and Scholz met to discuss climate goals . Macron said a penalty for polluters was needed .')).not.toContain('Macron/organization');
    expect(mentionTypes('FIFA — The governing body said the final would go ahead .')).not.toContain('FIFA/place');
  });

  it('leaves adjectives, counties, share codes and words alone', () => {
    expect(mentionTypes('Keynesian economist Paul Krugman said the cuts were a mistake .')).not.toContain('Keynesian/organization');
    const county = 'Voters in Jackson County rejected a sales tax for a new stadium for the Royals , the baseball team said after the league game . Jackson County officials were disappointed .';
    expect(mentionTypes(county)).not.toContain('Jackson County/organization');
    const market = 'The league of tech stocks scored goals again .\nTop gainers: 1. Nvidia (NVDA) 2. Apple (AAPL) 3. Tesla (TSLA)';
    expect(mentionTypes(market).filter((t) => /^(Nvidia|Apple|Tesla)\//.test(t) && t.endsWith('/person'))).toEqual([]);
    expect(mentionTypes('The Senate-House compromise passed on Friday .')).not.toContain('Senate-House/organization');
    expect(mentionTypes('EUROPEAN UNION - Ministers agreed new sanctions on Russia on Monday .')).not.toContain('Ministers/organization');
  });
});
