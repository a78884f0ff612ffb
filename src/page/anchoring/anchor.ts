// Places a saved note in the page text: its old position if the text there is unchanged, else its quote with
// context, exact or edited. Null means the note is an orphan: listed, never silently dropped.
import { matchQuote } from './match-quote';
import { matchPosition, trimSpan } from './text-position';
import type { Anchor, TextPositionSelector, TextQuoteSelector } from './types';

/**
 * Where `quote` (last seen at `position`) is in `text` now, or null when it cannot be found. With `anywhere`
 * false, an edited quote is looked for only near its old position: cheap on any page; a null then means
 * "not found yet", and a later call with `anywhere` true settles it.
 */
export function anchorQuote(text: string, quote: TextQuoteSelector, position?: TextPositionSelector, anywhere = true): Anchor | null {
  if (position) {
    const span = matchPosition(text, position, quote.exact);
    if (span) return { ...span, method: 'position', score: 1 };
  }
  const match = matchQuote(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: position?.start, anywhere });
  if (!match) return null;
  // An approximate match may begin or end on white space the edit left behind.
  const span = match.errors === 0 ? match : trimSpan(text, match);
  if (span.end <= span.start) return null;
  return { start: span.start, end: span.end, method: match.errors === 0 ? 'quote' : 'fuzzy', score: match.score };
}
