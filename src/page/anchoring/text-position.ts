// Selectors for a span of page text, and the cheapest way back: the old position, if the text there is unchanged.
import type { TextPositionSelector, TextQuoteSelector, TextSpan } from './types';

/** Characters of context kept either side of a quote: enough to tell repeated phrases apart. */
export const CONTEXT_LENGTH = 32;

/** The quote and position selectors for `text[start, end)`. */
export function describeSpan(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** The span at `position` when the text there still equals `exact`; otherwise null. */
export function matchPosition(text: string, position: TextPositionSelector, exact: string): TextSpan | null {
  const { start, end } = position;
  if (!(start >= 0 && end > start && end <= text.length)) return null;
  return text.slice(start, end) === exact ? { start, end } : null;
}

/** `span` without leading and trailing white space (a selection often takes a space or a line break along). */
export function trimSpan(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return { start, end };
}
