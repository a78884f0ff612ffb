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
});
