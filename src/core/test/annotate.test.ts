import { describe, expect, it } from 'vitest';
import { annotate } from '../annotate';
import { annotateWith } from '../annotate-with';
import type { Entity } from '../types';

describe('annotate', () => {
  it('never throws on odd strings', () => {
    const odd = ['', ' ', '\n\n\n', '“', '”', '\uD800', '\uDC00“\uD800”', '‮«»', '"'.repeat(5000), '\u0000“x”\u0000', '“'.repeat(3000) + '\n'.repeat(3000)];
    for (const text of odd) {
      const result = annotate(text);
      expect(Array.isArray(result.quotes)).toBe(true);
      for (const q of result.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it('degrades to no entities when the recogniser throws', () => {
    const result = annotateWith('“We are ready,” Putin said.', () => {
      throw new Error('boom');
    });
    expect(result.entities).toEqual([]);
    expect(result.quotes).toHaveLength(1);
    expect(result.quotes[0]!.speaker?.name).toBe('Putin');
  });

  it('ignores entity mentions whose text does not match their offsets', () => {
    const bad: Entity[] = [{ id: 'e1', name: 'X', type: 'person', mentions: [{ start: 999, end: 1005, text: 'Putin' }] }];
    const result = annotateWith('“We are ready,” Putin said.', () => bad);
    expect(result.quotes[0]!.speaker).toMatchObject({ name: 'Putin', entity: null });
  });

  // Speed is measured by `npm run bench:quotes`, not here: these check the output on long inputs.
  it('annotates every quotation of a 2,000-word article (entities excluded)', () => {
    const paragraph = 'Putin met Trump in Alaska on Friday. “We are sincerely interested in putting an end to it,” Putin said, “but we need time.” He described the talks as “useful” and the mood as “warm”. ';
    const text = Array.from({ length: 60 }, () => paragraph).join('\n');
    expect(text.split(/\s+/).length).toBeGreaterThan(2000);
    const entities: Entity[] = [];
    const result = annotateWith(text, () => entities);
    expect(result.quotes).toHaveLength(240);
  });

  it('annotates 5 MB of text without throwing', () => {
    const text = ('He said “we are ready” and "nope. ' + 'word '.repeat(50) + '\n').repeat(18000);
    const result = annotateWith(text, () => []);
    expect(result.quotes.length).toBe(18000);
  });
});
