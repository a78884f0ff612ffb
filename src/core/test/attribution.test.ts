import { describe, expect, it } from 'vitest';
import { annotateWith } from '../annotate-with';
import { recogniserFor, type EntitySpec } from './hand-built-entities';

const PEOPLE: EntitySpec[] = [
  { name: 'Vladimir Putin', type: 'person', forms: ['Vladimir Putin', 'Putin'] },
  { name: 'Donald Trump', type: 'person', forms: ['Donald Trump', 'Trump'] },
  { name: 'Jake Tapper', type: 'person', forms: ['Jake Tapper', 'Tapper'] },
  { name: 'Ron Wyden', type: 'person', forms: ['Ron Wyden', 'Wyden'] },
  { name: 'Foreign Ministry', type: 'organization', forms: ['Foreign Ministry'] },
  { name: 'CNN', type: 'organization', forms: ['CNN'] },
  { name: 'Ukraine', type: 'place', forms: ['Ukraine'] },
];

function quotes(text: string, specs: EntitySpec[] = PEOPLE) {
  return annotateWith(text, recogniserFor(specs)).quotes;
}
const who = (text: string, specs?: EntitySpec[]) => quotes(text, specs).map((q) => q.speaker?.name ?? null);
const mentions = (text: string) => quotes(text).map((q) => q.speaker?.mention.text ?? null);
const kinds = (text: string) => quotes(text).map((q) => q.kind);

describe('cue patterns', () => {
  it('attributes a trailing cue to the subject before said', () => {
    expect(who('“We are ready to talk,” Putin said.')).toEqual(['Vladimir Putin']);
    expect(quotes('“We are ready to talk,” Putin said.')[0]!.cue?.text).toBe('said');
  });

  it('attributes an inverted cue to the name after said', () => {
    expect(who('“We are ready to talk,” said Putin.')).toEqual(['Vladimir Putin']);
    expect(who('“We are ready,” said Vladimir Putin, the Russian president.')).toEqual(['Vladimir Putin']);
  });

  it('attributes a colon cue and a bare cue before the quotation', () => {
    expect(who('Putin said: “We are ready to talk.”')).toEqual(['Vladimir Putin']);
    expect(who('Putin told reporters: “We are ready to talk.”')).toEqual(['Vladimir Putin']);
    expect(who('Putin said “we are ready to talk” on Friday.')).toEqual(['Vladimir Putin']);
  });

  it('attributes a quotation after said that … to the subject', () => {
    expect(who('Putin said that the war was a “tragedy” for Russia.')).toEqual(['Vladimir Putin']);
  });

  it('attributes according to X', () => {
    expect(who('“The talks failed,” according to Trump.')).toEqual(['Donald Trump']);
    expect(who('According to Trump, the talks were “a disaster” for everyone.')).toEqual(['Donald Trump']);
  });

  it('attributes a colon construction to the name before the colon', () => {
    expect(who('Putin: “We are ready.”')).toEqual(['Vladimir Putin']);
  });

  it('reads through apposition to the name before it', () => {
    expect(who('“It was a long night,” Jake Tapper, CNN’s anchor, said.')).toEqual(['Jake Tapper']);
    expect(mentions('“It was a long night,” Jake Tapper, CNN’s anchor, said.')).toEqual(['Jake Tapper']);
  });

  it('skips adverbs and auxiliaries between the subject and the verb', () => {
    expect(who('“We are ready,” Putin also said.')).toEqual(['Vladimir Putin']);
    expect(who('“We are ready,” Putin was quoted as saying.')).toEqual(['Vladimir Putin']);
  });

  it('gives no speaker to the addressee of a passive cue', () => {
    expect(who('Trump was told by aides that the plan was “dead on arrival” in Congress.')).toEqual([null]);
  });

  it('names the holder of a partial quotation', () => {
    const qs = quotes('Putin described Ukraine as a “brotherly nation” and the war as a “tragedy”.');
    expect(qs.map((q) => [q.kind, q.speaker?.name])).toEqual([
      ['partial', 'Vladimir Putin'],
      ['partial', 'Vladimir Putin'],
    ]);
  });

  it('does not take the object of a preposition as the holder', () => {
    expect(who('After meeting with Trump described as “warm”, nothing happened.')).toEqual([null]);
  });

  it('names an unrecognised subject by its text, with no entity', () => {
    const [q] = quotes('“We reject the claims,” a spokeswoman for the ministry said.');
    expect(q!.speaker).toMatchObject({ name: 'a spokeswoman for the ministry', entity: null });
    const [r] = quotes('“We will appeal,” said Maria Gonzalez, a lawyer.');
    expect(r!.speaker).toMatchObject({ name: 'Maria Gonzalez', entity: null });
  });

  it('strips titles from an unrecognised name', () => {
    const [q] = quotes('“We will appeal,” said Foreign Secretary Anna Berg.');
    expect(q!.speaker?.name).toBe('Anna Berg');
  });

  it('does not name a speaker for I or we', () => {
    expect(who('“It was cold,” I said.')).toEqual([null]);
  });
});

describe('pronouns and descriptions', () => {
  it('resolves he to the most recent subject, not the object', () => {
    const text = 'Putin met Trump in Alaska. “We are ready,” he said.';
    expect(quotes(text).map((q) => [q.speaker?.name, q.speaker?.mention.text])).toEqual([['Vladimir Putin', 'he']]);
  });

  it('ignores names inside quotations as antecedents', () => {
    const text = 'Putin spoke on Friday. “President Trump said that we agree. We do,” he stated.';
    expect(who(text)).toEqual(['Vladimir Putin']);
  });

  it('follows a chain of pronouns', () => {
    const text = 'Putin met Trump. He praised Trump’s hospitality. “We are ready,” he said.';
    expect(who(text)).toEqual(['Vladimir Putin']);
  });

  it('resolves the senator to the person introduced as senator', () => {
    const text = 'Sen. Ron Wyden met Trump on Monday. Trump left early. “This is a disgrace,” the senator said.';
    expect(quotes(text).map((q) => [q.speaker?.name, q.speaker?.mention.text])).toEqual([['Ron Wyden', 'the senator']]);
  });

  it('resolves the ministry to an organisation', () => {
    const text = 'The Foreign Ministry issued a statement. “The claims are false,” the ministry said.';
    expect(who(text)).toEqual(['Foreign Ministry']);
  });

  it('gives no speaker to a pronoun with nobody to refer to', () => {
    expect(who('“We are ready,” he said.')).toEqual([null]);
  });
});

describe('continuation', () => {
  it('carries the speaker into a cue-less quotation paragraph after an attributed one', () => {
    const text = '“We expect restraint,” Putin cautioned.\n“We will not make any attempts to sabotage this.”';
    expect(who(text)).toEqual(['Vladimir Putin', 'Vladimir Putin']);
  });

  it('carries the speaker to the next sentence of the same paragraph', () => {
    expect(who('“We are ready,” Putin said. “We have waited long enough.”')).toEqual(['Vladimir Putin', 'Vladimir Putin']);
  });

  it('does not carry a speaker over a paragraph of prose', () => {
    const text = '“We are ready,” Putin said.\nThe summit ended without a deal.\n“Nothing was agreed.”';
    expect(who(text)).toEqual(['Vladimir Putin', null]);
  });

  it('gives a quotation paragraph the speaker announced with a colon', () => {
    expect(who('Putin told reporters:\n“We are ready to talk.”')).toEqual(['Vladimir Putin']);
  });

  it('gives both halves of a split quotation one speaker', () => {
    const qs = quotes('“We are ready,” Putin said, “but not yet.”');
    expect(qs.map((q) => [q.speaker?.name, q.group, q.kind])).toEqual([
      ['Vladimir Putin', 'q1', 'direct'],
      ['Vladimir Putin', 'q1', 'direct'],
    ]);
  });

  it('gives a multi-paragraph quotation the speaker of its cue', () => {
    const text = '“We are ready.\n“We will act,” Putin said.';
    expect(quotes(text).map((q) => [q.speaker?.name, q.group])).toEqual([
      ['Vladimir Putin', 'q1'],
      ['Vladimir Putin', 'q1'],
    ]);
  });
});

describe('kinds', () => {
  it('calls a sentence of reproduced speech direct', () => {
    expect(kinds('“We are sincerely interested in putting an end to it,” Putin said.')).toEqual(['direct']);
    expect(kinds('“Nonsense,” Putin said.')).toEqual(['direct']);
  });

  it('calls a fragment with a holder partial', () => {
    expect(kinds('He added that peace would require “all legitimate concerns”.')).toEqual(['term']);
    expect(kinds('Putin added that peace would require “all legitimate concerns”.')).toEqual(['partial']);
  });

  it('gives no speaker to a scare quote', () => {
    const [q] = quotes('Whether Ukraine will view the Alaska “understanding” as genuine remains uncertain.');
    expect(q).toMatchObject({ kind: 'term', speaker: null, cue: null });
  });

  it('treats a title in Title Case as a term even near a speaker', () => {
    const [q] = quotes('Trump said he watched “The Godfather Part II” again.');
    expect(q).toMatchObject({ kind: 'term', speaker: null });
  });

  it('keeps a direct quotation with nobody in reach direct, with no speaker', () => {
    const [q] = quotes('The crowd chanted.\n“We want peace now, and we want it for good.”');
    expect(q).toMatchObject({ kind: 'direct', speaker: null });
  });
});

describe('apposition', () => {
  it('prefers the name in an apposition to a description before it', () => {
    expect(who('“It was a lethal dose,” her mother, Fiona Parry, said.', [{ name: 'Fiona Parry', type: 'person', forms: ['Fiona Parry'] }])).toEqual(['Fiona Parry']);
    expect(who('Mozilla’s CTO, Brendan Eich, acknowledged that this is “not a complete solution”.')).toEqual(['Brendan Eich']);
  });
});
