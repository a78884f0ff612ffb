// The W3C Web Annotation selectors WhoSaid anchors notes with, and what anchoring returns.
// Offsets index the page text built by `readPageText` (src/page/page-text.ts), end exclusive.

/** The quoted text with a little context either side (https://www.w3.org/TR/annotation-model/#text-quote-selector). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Where the quote was when the note was made (https://www.w3.org/TR/annotation-model/#text-position-selector). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextSpan {
  start: number;
  end: number;
}

/** How a note was placed: at its old position, by its exact quote, or by a fuzzy match of an edited quote. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Anchor extends TextSpan {
  method: AnchorMethod;
  /** 0..1: how well the quote and its context match (1 for an unchanged page). */
  score: number;
}
