import { describe, expect, it } from 'vitest';
import { matchQuotations, scoreDocument, speakerIsCorrect, spansMatch, summarise, surnameOf, formatReport, type FoundQuote, type GoldQuote } from '../../../scripts/quote-scoring.mjs';
import { goldFromSpec } from '../../../scripts/quote-gold.mjs';

// The scorer's rules, as the issue states them: a match needs an overlap of at least half the longer
// span; terms are left out; a speaker is right when the mentions overlap or the gold mention holds
// the surname of the name given.

const span = (start: number, end: number) => ({ start, end, text: 'x'.repeat(end - start) });
const gold = (start: number, end: number, speaker: string | null = null, mention?: [number, number, string], kind = 'direct'): GoldQuote => ({
  ...span(start, end),
  kind,
  speaker,
  ...(mention ? { speakerMention: { start: mention[0], end: mention[1], text: mention[2] } } : {}),
});
const found = (start: number, end: number, name: string | null = null, mention?: [number, number, string], kind = 'direct'): FoundQuote => ({
  ...span(start, end),
  kind,
  speaker: name === null ? null : { name, mention: { start: mention![0], end: mention![1], text: mention![2] } },
});

describe('matching spans', () => {
  it('matches when the overlap is at least half the longer span', () => {
    expect(spansMatch(span(0, 100), span(0, 50))).toBe(true);
    expect(spansMatch(span(0, 100), span(0, 49))).toBe(false);
    expect(spansMatch(span(0, 10), span(5, 15))).toBe(true);
    expect(spansMatch(span(0, 10), span(6, 16))).toBe(false);
    expect(spansMatch(span(0, 10), span(10, 20))).toBe(false);
  });

  it('pairs one to one, the largest overlap first', () => {
    const { pairs, unmatchedFound, unmatchedGold } = matchQuotations([span(0, 100)], [span(0, 60), span(40, 100)]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.gold).toEqual(span(0, 60));
    expect(unmatchedFound).toHaveLength(0);
    expect(unmatchedGold).toEqual([span(40, 100)]);
  });
});

describe('the speaker rule', () => {
  it('accepts an overlapping mention whatever the name', () => {
    expect(speakerIsCorrect(found(0, 10, 'Someone', [20, 22, 'he']), gold(0, 10, 'Vladimir Putin', [20, 22, 'he']))).toBe(true);
  });

  it('accepts a name whose surname the gold mention contains', () => {
    expect(speakerIsCorrect(found(0, 10, 'Vladimir Putin', [50, 55, 'Putin']), gold(0, 10, 'Vladimir Putin', [20, 45, 'Russian President Vladimir Putin']))).toBe(true);
    expect(surnameOf('Martin Luther King Jr.')).toBe('King');
  });

  it('rejects another person, and no speaker', () => {
    expect(speakerIsCorrect(found(0, 10, 'Donald Trump', [50, 55, 'Trump']), gold(0, 10, 'Vladimir Putin', [20, 25, 'Putin']))).toBe(false);
    expect(speakerIsCorrect(found(0, 10), gold(0, 10, 'Vladimir Putin', [20, 25, 'Putin']))).toBe(false);
    // `he` holds no surname: only an overlapping mention counts.
    expect(speakerIsCorrect(found(0, 10, 'Vladimir Putin', [50, 55, 'Putin']), gold(0, 10, 'Vladimir Putin', [20, 22, 'he']))).toBe(false);
  });
});

describe('scoring a document', () => {
  it('leaves terms out on both sides and counts speakers only where the gold has one', () => {
    const golds = [gold(0, 10, 'A B', [40, 41, 'B']), gold(12, 20, null, undefined, 'term'), gold(22, 30), gold(100, 110, 'C D', [120, 121, 'D'])];
    const founds = [found(0, 10, 'A B', [40, 41, 'B']), found(12, 20, null, undefined, 'partial'), found(22, 30, 'X', [50, 51, 'X']), found(100, 110, 'E F', [130, 131, 'F']), found(200, 210, null, undefined, 'term')];
    const score = scoreDocument('case', founds, golds);
    expect(score).toMatchObject({ truePositives: 3, falsePositives: 1, falseNegatives: 0, speakerTotal: 2, speakerCorrect: 1, speakerUnwanted: 1 });
    const s = summarise([score]);
    expect(s.precision).toBeCloseTo(75);
    expect(s.recall).toBeCloseTo(100);
    expect(s.speaker).toBeCloseTo(50);
    expect(formatReport([score]).split('\n').pop()).toBe('QUOTES F1 85.7 SPEAKER 50.0');
  });
});

describe('gold specs', () => {
  it('places quotations and mentions by text', () => {
    const article = '“We are ready,” Putin said. He called it a “tragedy”. Putin left.';
    const quotes = goldFromSpec(article, 'D | We are ready | Vladimir Putin | Putin\nP | tragedy | Vladimir Putin | He @ He called');
    expect(quotes.map((q) => [q.text, q.speakerMention?.text, q.speakerMention?.start])).toEqual([
      ['We are ready,', 'Putin', 16],
      ['tragedy', 'He', 28],
    ]);
  });
});
