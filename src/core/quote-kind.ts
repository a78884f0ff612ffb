// Whether a quotation is reproduced speech (direct), a fragment of someone's words (partial) or a
// word set off in quotation marks (term), from its shape and its place in the sentence.

import type { QuoteKind } from './types';

export interface KindContext {
  hasSpeaker: boolean;
  /** A comma or colon ties it to a speech cue, or it continues a quotation. */
  setOffByCue: boolean;
  opensSentence: boolean;
  endsSentence: boolean;
  /** A colon comes right before it. */
  afterColon?: boolean;
}

/** Scripts written without spaces: each character counts as roughly a word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

/** A fragment with no speaker this long is still someone's words (partial), not a term. */
const LONG_FRAGMENT_WORDS = 8;

/** The kind of a quotation with text `quote` in the given context. */
export function decideKind(quote: string, context: KindContext): QuoteKind {
  const words = quote.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const unspaced = quote.match(UNSPACED)?.length ?? 0;
  const count = words.length + Math.floor(unspaced / 2);
  const trimmed = quote.trim();
  // Scripts without case (Han, Arabic, …) count as starting a sentence.
  const startsUpper = /^[^\p{L}\p{N}]*(?:[\p{Lu}\p{Lt}\p{N}]|[\p{Lo}])/u.test(trimmed) && !/^\.\.\.|^…/.test(trimmed);
  const endsPunct = /[.,!?…;:—–\-。！？，、；：]$/.test(trimmed);
  const endsSentencePunct = /[.!?…。！？]$/.test(trimmed);
  const standsAlone = context.opensSentence && (context.endsSentence || endsPunct);
  if (count === 0) return 'term';
  // Titles, nicknames and slogans: short Title Case with no punctuation, inside prose.
  const titleCase = count <= 6 && words.every((w) => /^[^\p{L}]*(?:[\p{Lu}\p{N}]|(?:of|the|a|an|and|in|on|to|for|de)$)/u.test(w));
  if ((standsAlone || context.setOffByCue || context.afterColon === true) && (endsPunct || startsUpper || count >= 4)) {
    if (!(titleCase && !endsPunct && !context.setOffByCue && !context.hasSpeaker)) return 'direct';
  }
  if (startsUpper && endsSentencePunct && count >= 4) return 'direct';
  if (titleCase && !endsPunct && count >= 2 && !context.opensSentence) return 'term';
  if (context.hasSpeaker) return 'partial';
  if (count >= LONG_FRAGMENT_WORDS && !titleCase) return 'partial';
  return 'term';
}
