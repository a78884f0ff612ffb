// A quotation as a reader sees it: the spans of a split or multi-paragraph quotation (which share a
// `group`) joined into one, for the popup's list and the Markdown report.
import type { Quotation } from './types';

export interface JoinedQuotation {
  /** Id of the first span. */
  id: string;
  kind: Quotation['kind'];
  speaker: string | null;
  text: string;
}

/** A span as shown: the comma that handed over to "he said" belongs to the sentence, not the words. */
function shownText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/,$/, '');
}

/** Each quotation once, its spans joined with " … ", in text order. */
export function joinQuotations(quotes: Quotation[]): JoinedQuotation[] {
  const joined = new Map<string, JoinedQuotation>();
  for (const quote of quotes) {
    const key = quote.group ?? quote.id;
    const existing = joined.get(key);
    if (existing) existing.text += ` … ${shownText(quote.text)}`;
    else joined.set(key, { id: quote.id, kind: quote.kind, speaker: quote.speaker?.name ?? null, text: shownText(quote.text) });
  }
  return [...joined.values()];
}
