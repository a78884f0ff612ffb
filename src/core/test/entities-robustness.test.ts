import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { recogniseEntities } from '../entities';

const sample = readFileSync(new URL('../../../test/fixtures/alaska-summit/article.txt', import.meta.url), 'utf8');

function expectWellFormed(text: string): void {
  const entities = recogniseEntities(text);
  for (const e of entities) {
    for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  }
}

describe('recogniseEntities: never throws', () => {
  it('returns nothing for empty or non-string input', () => {
    expect(recogniseEntities('')).toEqual([]);
    expect(recogniseEntities(undefined as unknown as string)).toEqual([]);
    expect(recogniseEntities(42 as unknown as string)).toEqual([]);
  });

  it('never throws on lone surrogates', () => {
    expectWellFormed('\ud800 Putin \udc00met Trump\ud83d in Kyiv \ud800');
  });

  it('never throws on right-to-left scripts', () => {
    expectWellFormed('قال الرئيس فلاديمير بوتين إن روسيا مستعدة. אמר נשיא רוסיה. Putin spoke in Moscow.');
  });

  it('never throws on thousands of quote marks', () => {
    expectWellFormed('“'.repeat(5000) + ' Putin ' + '"\''.repeat(5000) + '” NATO’s ’’’s ’s');
  });

  it('never throws on words that are names of object properties', () => {
    expectWellFormed('Constructor Prototype __proto__ HasOwnProperty ToString Valueof met in Constructor City.');
  });

  it('never throws on 5 MB of text', () => {
    const big = sample.repeat(Math.ceil(5_000_000 / sample.length));
    const entities = recogniseEntities(big);
    expect(entities.find((e) => e.name === 'Vladimir Putin')?.mentions.length).toBeGreaterThan(1000);
  });

  it('never throws on 5 MB of capitalised words without line breaks', () => {
    const words = ['Alpha', 'Bravo', 'Of', 'President', 'NATO', 'New', 'York', 'Mr.', 'U.S.', 'The'];
    const parts: string[] = [];
    for (let i = 0; parts.length < 700_000; i++) parts.push(words[(i * 7 + (i >> 3)) % words.length]!);
    const big = parts.join(' ');
    expect(() => recogniseEntities(big)).not.toThrow();
  });
});

// Speed is measured by `npm run bench:quotes` and `npm run eval:ner` (tokens per second), not in unit tests.
