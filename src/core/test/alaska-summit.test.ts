import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Annotations, Entity, QuoteKind } from '../types';
import { annotate } from '../annotate';
import { annotateWith } from '../annotate-with';

// The quotation side of the sample: quotations, kinds, speakers and mentions against gold.json.
// (Entity recognition is checked by the entity tests.)

interface GoldQuote {
  text: string;
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: string | null;
  speakerMention?: { text: string; start: number; end: number };
}
interface Gold {
  quotes: GoldQuote[];
  entities: { name: string; type: Entity['type']; mentions: Entity['mentions'] }[];
}

const dir = fileURLToPath(new URL('../../../test/fixtures/alaska-summit/', import.meta.url));
const article = readFileSync(dir + 'article.txt', 'utf8');
const gold = JSON.parse(readFileSync(dir + 'gold.json', 'utf8')) as Gold;
const goldEntities: Entity[] = gold.entities.map((e, i) => ({ id: `e${i + 1}`, ...e }));

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const matches = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  overlap(a, b) >= Math.max(a.end - a.start, b.end - b.start) / 2;

function checkAgainstGold(result: Annotations): void {
  expect(result.quotes).toHaveLength(gold.quotes.length);
  for (const g of gold.quotes) {
    const found = result.quotes.find((q) => matches(q, g));
    expect(found, `quotation “${g.text}”`).toBeDefined();
    expect(found!.kind, `kind of “${g.text}”`).toBe(g.kind);
    if (g.speaker === null) {
      expect(found!.speaker, `speaker of “${g.text}”`).toBeNull();
      continue;
    }
    expect(found!.speaker?.name, `speaker of “${g.text}”`).toBe(g.speaker);
    expect(found!.speaker!.mention, `mention for “${g.text}”`).toMatchObject(g.speakerMention!);
  }
  for (const q of result.quotes) {
    expect(article.slice(q.start, q.end)).toBe(q.text);
    if (q.speaker) expect(article.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
    if (q.cue) expect(article.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
  }
}

describe('alaska-summit sample', () => {
  it('matches the gold quotations with the gold entities', () => {
    checkAgainstGold(annotateWith(article, () => goldEntities));
  });

  it('matches the gold quotations with the entity recogniser', () => {
    const result = annotate(article);
    checkAgainstGold(result);
    const putin = result.entities.find((e) => e.name === 'Vladimir Putin');
    expect(putin).toBeDefined();
    for (const q of result.quotes) if (q.speaker) expect(q.speaker.entity).toBe(putin!.id);
  });

  it('finds “understanding” as a term with no speaker', () => {
    const q = annotateWith(article, () => goldEntities).quotes.find((x) => x.text === 'understanding');
    expect(q).toMatchObject({ kind: 'term', speaker: null, cue: null });
  });

  it('joins the two halves of the split quotation', () => {
    const quotes = annotateWith(article, () => goldEntities).quotes;
    const halves = quotes.filter((q) => q.group !== undefined);
    expect(halves.map((q) => q.start)).toEqual([623, 690]);
    expect(new Set(halves.map((q) => q.group)).size).toBe(1);
  });

  it('numbers quotations q1… in text order', () => {
    const quotes = annotateWith(article, () => goldEntities).quotes;
    expect(quotes.map((q) => q.id)).toEqual(quotes.map((_, i) => `q${i + 1}`));
    expect([...quotes].sort((a, b) => a.start - b.start)).toEqual(quotes);
  });
});
