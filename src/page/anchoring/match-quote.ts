// Finds a quote in page text that may have changed since the note was made: exact occurrences first, then
// approximate ones (Myers' bit-parallel algorithm, from approx-string-match), each candidate scored by how
// well the quote, its prefix, its suffix and its nearness to the old position agree.
import search from 'approx-string-match';
import type { TextSpan } from './types';

export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** Where the quote used to start, if known: breaks ties between repeated phrases. */
  hint?: number;
  /**
   * Whether to look far from the old position (`hint`) too: the whole text, the costly step on a long page,
   * which a caller may defer. Default true.
   */
  anywhere?: boolean;
}

export interface QuoteMatch extends TextSpan {
  /** Edits between the saved quote and the text matched (0 for an exact match). */
  errors: number;
  /** 0..1, see `scoreCandidate`. */
  score: number;
}

// The quote matters most; the context tells repeated phrases apart; nearness only breaks ties.
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const TOTAL_WEIGHT = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;

/** An edited quote is accepted with at most this share of its characters changed. */
const MAX_ERROR_RATE = 0.25;
/** Beyond this many errors the search slows for little gain (a quote rewritten that much is another quote). */
const MAX_ERRORS = 128;
/** A fuzzy candidate below this score is not the note's text: random text scores about 0.6. */
const MIN_FUZZY_SCORE = 0.68;
/** A fuzzy candidate near the old position this good is taken without searching the rest of the page. */
const MIN_CONFIDENT_SCORE = 0.8;
/** Quotes shorter than this recur by chance ("the president"): their context must agree as well. */
const SHORT_QUOTE = 20;
const MIN_SHORT_CONTEXT = 0.5;
/** How far either side of the old position the first, cheap searches look: exact, then fuzzy. */
const NEARBY_EXACT = 8000;
const NEARBY_FUZZY = 1000;
/** Far from its old place, a quote is split into pieces at least this long to find where it may be. */
const MIN_PIECE = 12;
/** A text this short is searched whole, allowing as many errors as near the old position. */
const SEARCH_WHOLE_BELOW = 20_000;
/** More windows than this and filtering does not pay: the whole text is searched. */
const MAX_WINDOWS = 2000;
/** Exact occurrences scored at most (a one-word quote on a huge page). */
const MAX_CANDIDATES = 500;

/** 1 when `actual` reads as `expected`, down to 0 when nothing of it is left. */
function contextScore(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  if (actual === expected) return 1;
  if (actual.length === 0) return 0;
  const matches = search(actual, expected, expected.length);
  const errors = matches.reduce((least, match) => Math.min(least, match.errors), expected.length);
  return 1 - errors / expected.length;
}

interface Scored extends QuoteMatch {
  context: number;
}

function scoreCandidate(text: string, quoteLength: number, context: QuoteContext, candidate: { start: number; end: number; errors: number }): Scored {
  const before = text.slice(Math.max(0, candidate.start - context.prefix.length), candidate.start);
  const after = text.slice(candidate.end, candidate.end + context.suffix.length);
  const prefix = contextScore(context.prefix, before);
  const suffix = contextScore(context.suffix, after);
  const quote = 1 - candidate.errors / quoteLength;
  const position = context.hint === undefined || text.length === 0 ? 1 : 1 - Math.abs(candidate.start - context.hint) / text.length;
  const score = (WEIGHT.quote * quote + WEIGHT.prefix * prefix + WEIGHT.suffix * suffix + WEIGHT.position * position) / TOTAL_WEIGHT;
  return { ...candidate, score, context: (prefix + suffix) / 2 };
}

function best(candidates: Scored[]): Scored | null {
  let top: Scored | null = null;
  for (const candidate of candidates) if (!top || candidate.score > top.score) top = candidate;
  return top;
}

/** Exact occurrences of `quote` starting in `text[from, to)`. */
function exactCandidates(text: string, quote: string, context: QuoteContext, from = 0, to = text.length): Scored[] {
  // Search a slice, so a miss near the old position does not scan the rest of the page.
  const window = from === 0 && to === text.length ? text : text.slice(from, to + quote.length - 1);
  const found: Scored[] = [];
  for (let at = window.indexOf(quote); at !== -1 && found.length < MAX_CANDIDATES; at = window.indexOf(quote, at + 1)) {
    found.push(scoreCandidate(text, quote.length, context, { start: from + at, end: from + at + quote.length, errors: 0 }));
  }
  return found;
}

/** Approximate occurrences of `quote` in `text[from, to)`, scored against the whole text. */
function fuzzyCandidates(text: string, from: number, to: number, quote: string, maxErrors: number, context: QuoteContext): Scored[] {
  const window = from === 0 && to === text.length ? text : text.slice(from, to);
  return search(window, quote, maxErrors)
    .slice(0, MAX_CANDIDATES)
    .map((match) => scoreCandidate(text, quote.length, context, { start: match.start + from, end: match.end + from, errors: match.errors }));
}

/**
 * Approximate occurrences of `quote` anywhere in `text`, found by filtering then verifying: with at most k
 * errors, one of k + 1 disjoint pieces of the quote appears unchanged, so on a long page only the text
 * around an exact occurrence of a piece is searched. Far from its old place a quote may have changed less
 * (k is at most a twelfth of its length, so pieces stay long enough to be rare); near it, a quarter.
 */
function fuzzyAnywhere(text: string, quote: string, maxErrors: number, context: QuoteContext): Scored[] {
  if (text.length <= SEARCH_WHOLE_BELOW) return fuzzyCandidates(text, 0, text.length, quote, maxErrors, context);
  const errors = Math.min(maxErrors, Math.max(1, Math.floor(quote.length / MIN_PIECE) - 1));
  const pieceLength = Math.floor(quote.length / (errors + 1));
  if (pieceLength < 3) return fuzzyCandidates(text, 0, text.length, quote, errors, context);
  const windows: [number, number][] = [];
  for (let piece = 0; piece <= errors; piece++) {
    const offset = piece * pieceLength;
    const needle = quote.slice(offset, offset + pieceLength);
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      windows.push([Math.max(0, at - offset - errors), Math.min(text.length, at - offset + quote.length + errors)]);
      // Pieces this common filter nothing: search the whole text instead.
      if (windows.length > MAX_WINDOWS) return fuzzyCandidates(text, 0, text.length, quote, errors, context);
    }
  }
  windows.sort((a, b) => a[0] - b[0]);
  const found: Scored[] = [];
  let current: [number, number] | null = null;
  const verify = (window: [number, number]): void => {
    found.push(...fuzzyCandidates(text, window[0], window[1], quote, errors, context));
  };
  for (const window of windows) {
    if (current && window[0] <= current[1]) current[1] = Math.max(current[1], window[1]);
    else {
      if (current) verify(current);
      current = [...window];
    }
  }
  if (current) verify(current);
  // Each window keeps its own best matches: keep only the fewest errors overall, as one search would.
  const fewest = found.reduce((least, candidate) => Math.min(least, candidate.errors), Number.POSITIVE_INFINITY);
  return found.filter((candidate) => candidate.errors === fewest);
}

function acceptable(candidate: Scored | null, quoteLength: number, minScore: number): boolean {
  if (!candidate || candidate.score < minScore) return false;
  return quoteLength >= SHORT_QUOTE || candidate.context >= MIN_SHORT_CONTEXT;
}

/**
 * The best place for `quote` in `text`, or null when nothing there is close enough to be it. Most edits are
 * local, so the text near the old position is searched first (exact, then fuzzy), and the whole text only
 * when that fails: a long page costs one scan for the notes that moved far or were lost.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext): QuoteMatch | null {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length * MAX_ERROR_RATE));
  let near: Scored | null = null;
  const hint = context.hint;
  const around = (distance: number): [number, number] => [Math.max(0, hint! - distance), Math.min(text.length, hint! + quote.length + distance)];
  if (hint !== undefined && text.length > 2 * NEARBY_EXACT + quote.length) {
    const exact = best(exactCandidates(text, quote, context, ...around(NEARBY_EXACT)));
    if (acceptable(exact, quote.length, 0)) return strip(exact!);
  }
  if (hint !== undefined && maxErrors > 0 && text.length > 2 * NEARBY_FUZZY + quote.length) {
    near = best(fuzzyCandidates(text, ...around(NEARBY_FUZZY), quote, maxErrors, context));
    if (acceptable(near, quote.length, MIN_CONFIDENT_SCORE)) return strip(near!);
  }
  if (context.anywhere === false && hint !== undefined && text.length > 2 * NEARBY_EXACT + quote.length) {
    return acceptable(near, quote.length, MIN_FUZZY_SCORE) ? strip(near!) : null;
  }
  const exact = best(exactCandidates(text, quote, context));
  if (acceptable(exact, quote.length, 0)) return strip(exact!);
  if (maxErrors === 0) return null;
  const anywhere = best(fuzzyAnywhere(text, quote, maxErrors, context));
  const found = anywhere && near && near.score >= anywhere.score ? near : anywhere ?? near;
  return acceptable(found, quote.length, MIN_FUZZY_SCORE) ? strip(found!) : null;
}

function strip({ start, end, errors, score }: Scored): QuoteMatch {
  return { start, end, errors, score };
}
