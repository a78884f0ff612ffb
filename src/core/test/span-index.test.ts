import { describe, expect, it } from 'vitest';
import { SpanIndex, type Span } from '../span-index';
import { mulberry32 } from '../../../scripts/seeded-random';

// The index must answer exactly as the scan it replaces: every span, in the order given.
const overlapsByScan = (spans: Span[], start: number, end: number): boolean => spans.some((s) => s.start < end && start < s.end);
const containingByScan = (spans: Span[], offset: number): Span | undefined =>
  [...spans].sort((a, b) => a.start - b.start).find((s) => offset >= s.start && offset < s.end);

describe('an index of spans', () => {
  it('answers as a scan of every span does, for spans apart, touching, nested and overlapping', () => {
    const random = mulberry32(7);
    for (let round = 0; round < 200; round++) {
      const spans: Span[] = Array.from({ length: Math.floor(random() * 12) }, () => {
        const start = Math.floor(random() * 60);
        return { start, end: start + 1 + Math.floor(random() * (random() < 0.2 ? 30 : 6)) };
      });
      const index = new SpanIndex(spans);
      for (let start = 0; start < 70; start++) {
        expect(index.containing(start)).toBe(containingByScan(spans, start));
        for (const length of [1, 2, 5]) expect(index.overlaps(start, start + length)).toBe(overlapsByScan(spans, start, start + length));
      }
    }
  });

  it('treats ends as exclusive: a span that ends where another starts does not overlap it', () => {
    const index = new SpanIndex([{ start: 5, end: 10 }]);
    expect(index.overlaps(10, 12)).toBe(false);
    expect(index.overlaps(0, 5)).toBe(false);
    expect(index.overlaps(9, 10)).toBe(true);
    expect(index.containing(10)).toBeUndefined();
    expect(index.containing(5)).toEqual({ start: 5, end: 10 });
  });

  it('holds no span when given none', () => {
    const index = new SpanIndex([]);
    expect(index.overlaps(0, 100)).toBe(false);
    expect(index.containing(0)).toBeUndefined();
  });
});
