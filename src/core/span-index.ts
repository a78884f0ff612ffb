// Which of a text's spans (names, table rows, labels) lie at an offset, asked for every name of a page: a scan
// of all spans per question makes a long page cost the square of its names, so the spans are sorted once and
// each question is answered by halves.

export interface Span {
  start: number;
  end: number;
}

/** A fixed set of spans (`end` exclusive), any order, overlapping or not. */
export class SpanIndex<T extends Span> {
  private readonly spans: T[];
  // The greatest end among spans[0..i]: a span before `i` reaches past an offset when this does.
  private readonly reach: number[];

  constructor(spans: readonly T[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    let reach = -Infinity;
    this.reach = this.spans.map((span) => (reach = Math.max(reach, span.end)));
  }

  /** True when some span shares a character with [start, end). */
  overlaps(start: number, end: number): boolean {
    const last = this.lastStartingBefore(end);
    return last >= 0 && this.reach[last]! > start;
  }

  /** The first span (by start) that contains `offset`, if any. */
  containing(offset: number): T | undefined {
    let found: T | undefined;
    // Back from the last span that starts at or before `offset`, while any span so far reaches past it.
    for (let i = this.lastStartingBefore(offset + 1); i >= 0 && this.reach[i]! > offset; i--) if (this.spans[i]!.end > offset) found = this.spans[i];
    return found;
  }

  // The index of the last span that starts before `offset`, -1 if none.
  private lastStartingBefore(offset: number): number {
    let low = 0;
    let high = this.spans.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.spans[mid]!.start < offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  }
}

/** `mentions` with `found` in place of every one that shares a character with one of them, in order of start. */
export function inPlaceOf<T extends Span>(mentions: readonly T[], found: readonly T[]): T[] {
  if (found.length === 0) return [...mentions];
  const index = new SpanIndex(found);
  return [...mentions.filter((m) => !index.overlaps(m.start, m.end)), ...found].sort((a, b) => a.start - b.start);
}
