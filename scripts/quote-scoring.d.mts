// Types for quote-scoring.mjs (plain JavaScript so Node 20 runs it without a TypeScript loader).
export interface ScoredSpan {
  start: number;
  end: number;
  text: string;
}
export interface GoldQuote extends ScoredSpan {
  kind: string;
  speaker: string | null;
  speakerMention?: ScoredSpan;
}
export interface FoundQuote extends ScoredSpan {
  kind: string;
  speaker: { name: string; mention: ScoredSpan } | null;
}
export interface ScoringError {
  type: 'missed' | 'spurious' | 'wrong-speaker' | 'no-speaker' | 'speaker-not-in-gold';
  name: string;
  at: number;
  text: string;
  got: string | null;
  want: string | null;
}
export interface DocumentScore {
  name: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  speakerTotal: number;
  speakerCorrect: number;
  speakerUnwanted: number;
  errors: ScoringError[];
}
export interface Summary {
  documents: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  speakerTotal: number;
  speakerCorrect: number;
  speaker: number;
  speakerUnwanted: number;
}
export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number;
export function spansMatch(a: { start: number; end: number }, b: { start: number; end: number }): boolean;
export function surnameOf(name: string): string;
export function speakerIsCorrect(found: FoundQuote, gold: GoldQuote): boolean;
export function matchQuotations<F extends ScoredSpan, G extends ScoredSpan>(
  found: F[],
  gold: G[],
): { pairs: { found: F; gold: G }[]; unmatchedFound: F[]; unmatchedGold: G[] };
export function scoreDocument(name: string, found: FoundQuote[], gold: GoldQuote[]): DocumentScore;
export function summarise(documents: DocumentScore[]): Summary;
export function formatReport(documents: DocumentScore[], options?: { showErrors?: boolean }): string;
