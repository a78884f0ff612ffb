// Scores predicted names against gold by exact span and type, PER/ORG/LOC, the CoNLL way. Predictions
// are character spans from any recogniser; each is first snapped to the corpus's own tokens (a span
// covers the tokens it overlaps, less punctuation and a possessive ’s at its edges), so recognisers that
// tokenise differently are judged on the same units.
import type { LabelledDocument, NerType } from './corpus';

export const SCORED_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

export interface PredictedSpan {
  start: number;
  end: number;
  type: NerType;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type TypeCounts = Record<ScoredType, Counts>;

export function emptyCounts(): TypeCounts {
  return { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 } };
}

const EDGE = /^(?:[^\p{L}\p{N}]+|['’][sS])$/u;

/** Token indices [first, last + 1) a character span covers, trimmed of edge punctuation; undefined if none. */
export function snapToTokens(doc: LabelledDocument, start: number, end: number): [number, number] | undefined {
  let first = -1;
  let last = -1;
  // Tokens are in text order: a binary search finds the first that ends after `start`.
  let low = 0;
  let high = doc.tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (doc.tokens[mid]!.end <= start) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < doc.tokens.length && doc.tokens[i]!.start < end; i++) {
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return undefined;
  const word = (i: number): string => doc.text.slice(doc.tokens[i]!.start, doc.tokens[i]!.end);
  while (first <= last && EDGE.test(word(first))) first++;
  while (last >= first && EDGE.test(word(last))) last--;
  return first <= last ? [first, last + 1] : undefined;
}

/** Adds one document's true positives, false positives and misses per type to `counts`. */
export function scoreDocument(doc: LabelledDocument, predicted: PredictedSpan[], counts: TypeCounts): void {
  const key = (range: [number, number], type: string): string => `${range[0]}:${range[1]}:${type}`;
  const gold = new Set<string>();
  for (const s of doc.spans) {
    if (!(SCORED_TYPES as readonly string[]).includes(s.type)) continue;
    const range = snapToTokens(doc, s.start, s.end);
    if (range !== undefined) gold.add(key(range, s.type));
  }
  const found = new Set<string>();
  for (const p of predicted) {
    if (!(SCORED_TYPES as readonly string[]).includes(p.type)) continue;
    const range = snapToTokens(doc, p.start, p.end);
    if (range !== undefined) found.add(key(range, p.type));
  }
  for (const k of found) {
    const type = k.slice(k.lastIndexOf(':') + 1) as ScoredType;
    if (gold.has(k)) counts[type].tp++;
    else counts[type].fp++;
  }
  for (const k of gold) if (!found.has(k)) counts[k.slice(k.lastIndexOf(':') + 1) as ScoredType].fn++;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export function scoreOf(c: Counts): Score {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Micro-averaged over PER, ORG and LOC. */
export function overall(counts: TypeCounts): Score {
  const sum: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const t of SCORED_TYPES) {
    sum.tp += counts[t].tp;
    sum.fp += counts[t].fp;
    sum.fn += counts[t].fn;
  }
  return scoreOf(sum);
}
