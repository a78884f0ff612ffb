import { describe, expect, it } from 'vitest';
import { mentionTypes } from './mention-types';

describe('teams in a sports report', () => {
  it('reads a club named after its town as an organisation, beside its opponent and before its manager', () => {
    const text =
      'Liverpool beat Chelsea 2-1 at Anfield on Saturday, the striker scoring both goals. Everton manager Sean Dyche said his side deserved a penalty. Leeds, who play Fulham on Monday, are third in the league. The Newcastle head coach was sacked.';
    const types = mentionTypes(text);
    expect(types).toContain('Liverpool/organization');
    expect(types).toContain('Chelsea/organization');
    expect(types).toContain('Everton/organization');
    expect(types).toContain('Sean Dyche/person');
    expect(types).toContain('Leeds/organization');
    expect(types).toContain('Fulham/organization');
    expect(types).toContain('Newcastle/organization');
  });

  it('reads a club by its president and appearances for it, but leaves the town where it may be the town', () => {
    const text =
      'Manchester United have signed defender Leny Yoro from Lille. Lille president Olivier Letang said the club had been reluctant to sell. Yoro made 44 appearances for Lille in the league last season. He grew up in Lille.';
    // "from Lille" could be the town: only where the tagger itself read a club or a person is another mention a club.
    expect(mentionTypes(text).filter((t) => t.startsWith('Lille/'))).toEqual(['Lille/place', 'Lille/organization', 'Lille/organization', 'Lille/place']);
    const towns = 'Leeds beat Chelsea 2-1, the striker scoring both goals. Fans travelled home to the streets of Leeds city centre.';
    expect(mentionTypes(towns).filter((t) => t.startsWith('Leeds/'))).toEqual(['Leeds/organization', 'Leeds/place']);
  });

  it('reads a result line as two clubs', () => {
    expect(mentionTypes('Results of league matches on Friday, with goals and a penalty: Bristol City 2 Luton 0.')).toEqual(
      expect.arrayContaining(['Bristol City/organization', 'Luton/organization']),
    );
  });

  it('leaves national sides places, players people, and the town a place where it is the town', () => {
    expect(mentionTypes('Australia beat Sri Lanka by five wickets in the final in Colombo.')).toEqual(
      expect.arrayContaining(['Australia/place', 'Sri Lanka/place']),
    );
    expect(mentionTypes('Rafael Nadal and Roger Federer met in the final. After a match of five sets, Nadal beat Federer 3-2.')).toEqual(
      expect.arrayContaining(['Nadal/person', 'Federer/person']),
    );
    const texas = 'Born in Houston, Texas, he won the league with his school as quarterback. Texas beat Oklahoma 24-10 in the final.';
    const types = mentionTypes(texas);
    expect(types.filter((t) => t.startsWith('Texas/'))).toEqual(['Texas/place', 'Texas/organization']);
  });

  it('changes nothing outside a sports report, however many words of winning it has', () => {
    expect(mentionTypes('Liverpool beat Manchester to the title of European Capital of Culture.')).toContain('Liverpool/place');
    const politics = 'Nikki Haley lost in Iowa. It was a bruising defeat, but the season of primaries is not over and the final result is not in. Haley faces Texas on Tuesday.';
    expect(mentionTypes(politics)).toEqual(expect.arrayContaining(['Haley/person', 'Texas/place']));
  });

  it('reads a club by the word before it, a role and a name after it, or its shape', () => {
    const text = [
      'SOCCER - LAZIO SIGN DUTCH STRIKER .',
      'Italian club Lazio have signed Dutch striker Pierre van Hooijdonk from Celtic , the club said on Thursday .',
      'Van Hooijdonk , 26 , scored 44 goals in two seasons for the Glasgow club .',
      'Dutch champions Ajax were beaten 2-1 by PSV in the Super Cup on Wednesday .',
      "Juventus striker Alessandro Del Piero is doubtful for Sunday 's match against Fiorentina .",
      'Barcelona and Real Madrid both won , while Atletico Madrid lost at Valencia .',
      'Manchester United manager Alex Ferguson said Eric Cantona would play at Old Trafford .',
      'English champions Manchester United meet Juventus in the Champions League .',
    ].join('\n');
    const types = mentionTypes(text);
    expect(types).toEqual(
      expect.arrayContaining(['Lazio/organization', 'Ajax/organization', 'Juventus/organization', 'Alessandro Del Piero/person', 'Fiorentina/organization', 'Atletico Madrid/organization']),
    );
    // A surname with its particle at a sentence start is the person named in full.
    expect(types).toContain('Van Hooijdonk/person');
    // (A place of a club's shape stays a place.)
    expect(mentionTypes('Kansas City and Mexico City held the goals of the league in the stadium .')).toEqual(['Kansas City/place', 'Mexico City/place']);
  });
});
