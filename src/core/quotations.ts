// Finds quoted spans: one pass over the text, a small stack of open marks per paragraph.
// Only outermost quotations are reported (a nested one belongs to its outer quotation). A mark
// that never closes is dropped at the paragraph's end (its nested quotations are kept), unless it
// opens the paragraph or follows a colon (then the paragraph's end closes it), or the next
// paragraph opens with the same kind of mark (a multi-paragraph quotation).

import { splitParagraphs, isSpaceCode, type Paragraph } from './paragraphs';
import { QUOTE_MARK_CLASS, canOpen, closeVerdict, sameFamily } from './quote-marks';

/** One quoted span, the marks excluded. A multi-paragraph quotation is one span per paragraph. */
export interface RawQuotation {
  start: number;
  end: number;
  /** Always `text.slice(start, end)`. */
  text: string;
  /** Index of the opening mark. */
  openMark: number;
  /** Index just past the closing mark, or the paragraph's end when the paragraph left it open. */
  closeMarkEnd: number;
  closed: boolean;
  paragraph: number;
  /** Index, in the returned array, of the first span of the same quotation; null when alone. */
  group: number | null;
  /** What joins it to its group: halves around a cue ('split'), or consecutive paragraphs. */
  joinedBy: 'split' | 'paragraphs' | null;
}

/** A quotation longer than this without its closing mark is a stray mark, not a quotation. */
const MAX_QUOTE_CHARS = 4000;
/** Deeper nesting than this is noise; further openers are ignored. */
const MAX_DEPTH = 12;
/** Re-scans after a tentative (possessive-looking) close, per paragraph: keeps the pass linear. */
const MAX_RESCANS = 8;
const MAX_CONTINUED_PARAGRAPHS = 40;

interface Span {
  openMark: number;
  contentStart: number;
  contentEnd: number;
  closeMarkEnd: number;
  closed: boolean;
  paragraph: number;
  /** The span of the previous paragraph this one continues. */
  continues: Span | null;
}

interface OpenMark {
  pos: number;
  mark: string;
  /** Finished quotations nested inside; reported only if this mark turns out not to be a quotation. */
  nested: Span[];
  tentative: number;
  continues: Span | null;
}

/** Finds the quotations in `text` (offsets are string indices into it); never throws on any string. */
export function findQuotations(text: string): RawQuotation[] {
  return findQuotationsIn(text, splitParagraphs(text));
}

export function findQuotationsIn(text: string, paragraphs: readonly Paragraph[]): RawQuotation[] {
  const spans: Span[] = [];
  const marks = markPositions(text);
  let carried: Span | null = null;
  let continuedCount = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    const next = paragraphs[p + 1];
    const nextOpener = next ? text.charAt(next.start) : '';
    const result = scanParagraph(text, marks, para, p, carried, nextOpener, spans);
    if (result && continuedCount < MAX_CONTINUED_PARAGRAPHS) {
      carried = result;
      continuedCount++;
    } else {
      carried = null;
      continuedCount = 0;
    }
  }
  spans.sort((a, b) => a.contentStart - b.contentStart);
  return toRawQuotations(text, spans);
}

/**
 * Scans one paragraph, pushing finished spans. Returns the span left open for the next paragraph
 * to continue, if any. `carried` is the previous paragraph's open span, continued if this paragraph
 * opens with a mark.
 */
function scanParagraph(
  text: string,
  marks: Int32Array,
  para: Paragraph,
  paragraph: number,
  carried: Span | null,
  nextOpener: string,
  out: Span[],
): Span | null {
  let from = para.start;
  let rescans = 0;
  let leftOpen: Span | null = null;
  // Each round scans [from, para.end); a tentative close ends the round and restarts after it.
  for (;;) {
    const stack: OpenMark[] = [];
    let restartAt = -1;
    const emit = (span: Span): void => {
      out.push(span);
    };
    const makeSpan = (open: OpenMark, closeIdx: number, closeEnd: number, closed: boolean): Span | null => {
      let s = open.pos + 1;
      let e = closeIdx;
      while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
      while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
      if (e <= s) return null;
      return { openMark: open.pos, contentStart: s, contentEnd: e, closeMarkEnd: closeEnd, closed, paragraph, continues: open.continues };
    };
    // A mark that proved not to be a quotation hands its nested quotations to its parent (or out).
    const discard = (index: number): void => {
      const dropped = stack[index]!;
      if (index === stack.length - 1) stack.pop();
      else stack.splice(index, 1);
      const parent = index > 0 ? stack[index - 1] : undefined;
      if (dropped.nested.length === 0) return;
      for (const span of dropped.nested) {
        if (parent) parent.nested.push(span);
        else emit(span);
      }
    };
    const closeAt = (k: number, closeIdx: number): void => {
      const open = stack[k]!;
      while (stack.length - 1 > k) discard(stack.length - 1);
      stack.pop();
      const span = makeSpan(open, closeIdx, closeIdx + 1, true);
      if (!span) return;
      if (k === 0) emit(span);
      else stack[k - 1]!.nested.push(span);
    };
    for (let mi = firstMarkFrom(marks, from); mi < marks.length && marks[mi]! < para.end; mi++) {
      const i = marks[mi]!;
      const mark = text.charAt(i);
      while (stack.length > 0 && stack[0]!.pos < i - MAX_QUOTE_CHARS) discard(0);
      // Closing first: the innermost open mark this one can close.
      let closedHere = false;
      for (let k = stack.length - 1; k >= 0; k--) {
        const open = stack[k]!;
        const verdict = closeVerdict(text, i, mark, open.mark, para.start, para.end);
        if (verdict === 'tentative') {
          if (k === stack.length - 1 && open.tentative < 0) open.tentative = i;
          break;
        }
        if (verdict === 'close') {
          closeAt(k, i);
          closedHere = true;
          break;
        }
      }
      if (closedHere) continue;
      if (!canOpen(text, i, mark, para.start, para.end)) continue;
      const top = stack[stack.length - 1];
      // The same mark again before a close: the earlier one was stray (or its close is missing).
      if (top && top.mark === mark) {
        // ...unless it had a possessive-looking close: 'yes' to 'it'.
        if (top.tentative >= 0) closeAt(stack.length - 1, top.tentative);
        else discard(stack.length - 1);
      }
      if (stack.length >= MAX_DEPTH) continue;
      const continues = carried && i === para.start && stack.length === 0 && sameFamily(text.charAt(carried.openMark), mark) ? carried : null;
      stack.push({ pos: i, mark, nested: [], tentative: -1, continues });
    }
    // Paragraph end: inner marks left open were not quotations.
    while (stack.length > 1) discard(stack.length - 1);
    const bottom = stack[0];
    if (bottom) {
      if (bottom.tentative >= 0 && rescans < MAX_RESCANS) {
        const span = makeSpan(bottom, bottom.tentative, bottom.tentative + 1, true);
        if (span) emit(span);
        restartAt = bottom.tentative + 1;
        rescans++;
      } else if (nextOpener !== '' && sameFamily(bottom.mark, nextOpener)) {
        const span = makeSpan(bottom, para.end, para.end, false);
        if (span) {
          emit(span);
          leftOpen = span;
        }
      } else if (opensParagraphOrFollowsColon(text, bottom.pos, para.start)) {
        const span = makeSpan(bottom, para.end, para.end, false);
        if (span) emit(span);
      } else {
        discard(0);
      }
    }
    if (restartAt < 0) return leftOpen;
    from = restartAt;
    carried = null;
  }
}

/** Positions of every quotation mark, found once so each paragraph's scan touches only its own. */
function markPositions(text: string): Int32Array {
  const codes = new Set(Array.from(QUOTE_MARK_CLASS, (c) => c.charCodeAt(0)));
  let count = 0;
  let found = new Int32Array(1024);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Every mark is ' or " or above U+00AA: skip plain letters without a set lookup.
    if (code !== 0x22 && code !== 0x27 && (code < 0xab || !codes.has(code))) continue;
    if (count === found.length) {
      const grown = new Int32Array(found.length * 2);
      grown.set(found);
      found = grown;
    }
    found[count++] = i;
  }
  return found.subarray(0, count);
}

function firstMarkFrom(marks: Int32Array, pos: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function opensParagraphOrFollowsColon(text: string, pos: number, paraStart: number): boolean {
  let j = pos - 1;
  while (j >= paraStart && isSpaceCode(text.charCodeAt(j))) j--;
  return j < paraStart || text.charAt(j) === ':';
}

function toRawQuotations(text: string, spans: Span[]): RawQuotation[] {
  const index = new Map<Span, number>();
  const raw: RawQuotation[] = spans.map((s, i) => {
    index.set(s, i);
    return {
      start: s.contentStart,
      end: s.contentEnd,
      text: text.slice(s.contentStart, s.contentEnd),
      openMark: s.openMark,
      closeMarkEnd: s.closeMarkEnd,
      closed: s.closed,
      paragraph: s.paragraph,
      group: null,
      joinedBy: null,
    };
  });
  spans.forEach((s, i) => {
    if (!s.continues) return;
    const prev = index.get(s.continues);
    if (prev === undefined) return;
    const first = raw[prev]!.group ?? prev;
    raw[prev]!.group = first;
    raw[prev]!.joinedBy = 'paragraphs';
    raw[i]!.group = first;
    raw[i]!.joinedBy = 'paragraphs';
  });
  markSplitQuotations(text, raw);
  return raw;
}

/** `“…,” Putin said, “…”`: a short cue between two quotations of one paragraph, set off by commas. */
const SPLIT_GAP = /^\s*,?\s*[^\s.!?;:"“”«»„「」『』\n][^.!?;:"“”«»„「」『』\n]{0,78},\s*$/;

function markSplitQuotations(text: string, raw: RawQuotation[]): void {
  for (let i = 0; i + 1 < raw.length; i++) {
    const a = raw[i]!;
    const b = raw[i + 1]!;
    if (a.paragraph !== b.paragraph || !a.closed || a.group !== null || b.group !== null) continue;
    if (b.openMark - a.closeMarkEnd > 90) continue;
    const gap = text.slice(a.closeMarkEnd, b.openMark);
    const aEndsWithComma = a.text.endsWith(',') || /^\s*,/.test(gap);
    if (!aEndsWithComma || !SPLIT_GAP.test(gap) || !/\p{L}/u.test(gap)) continue;
    a.group = i;
    a.joinedBy = 'split';
    b.group = i;
    b.joinedBy = 'split';
  }
}
