// Words and punctuation of a stretch of prose, with each quotation collapsed to one token: the
// attribution patterns read the reporting prose around quotations, never the quoted words.
import { lowerCase } from './lower-case';
import { asciiWordEnd, isAsciiAlphanumeric } from './ascii-words';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  type: 'word' | 'punct' | 'quote';
  /** For a quote token, the index of its quotation. */
  quote: number;
}

export interface QuoteRegion {
  /** Index of the opening mark. */
  start: number;
  /** Just past the closing mark. */
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-'’.&][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/uy;
const POSSESSIVE = /['’][sS]$/;
const ABBREVIATION_DOT = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'adm', 'st', 'jr', 'sr', 'rev', 'hon', 'u.s', 'u.k', 'u.n', 'e.u', 'inc', 'corp', 'co', 'ltd']);

/**
 * Tokenises text[from, to). `regions` are the quotations (sorted by start); `firstRegion` is the index
 * of the first region that may end after `from`.
 */
export function tokenize(text: string, from: number, to: number, regions: readonly QuoteRegion[], firstRegion: number): Token[] {
  const tokens: Token[] = [];
  let r = firstRegion;
  while (r < regions.length && regions[r]!.end <= from) r++;
  let i = from;
  while (i < to) {
    const region = regions[r];
    if (region && i >= region.start) {
      if (i < region.end) {
        tokens.push({ start: region.start, end: region.end, text: '', lower: '', type: 'quote', quote: r });
        i = region.end;
      }
      r++;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x3000) {
      i++;
      continue;
    }
    const length = wordLength(text, i);
    let end = length > 0 ? Math.min(i + length, to, region ? region.start : to) : i;
    if (end > i) {
      let word = text.slice(i, end);
      if (POSSESSIVE.test(word) && word.length > 2) {
        tokens.push(makeToken(text, i, end - 2, 'word'));
        tokens.push(makeToken(text, end - 2, end, 'word'));
      } else {
        if (text.charAt(end) === '.' && end < to && (ABBREVIATION_DOT.has(lowerCase(word)) || /^\p{Lu}$/u.test(word))) {
          end++;
          word += '.';
        }
        tokens.push(makeToken(text, i, end, 'word'));
      }
      i = end;
      continue;
    }
    // A lone surrogate or any other symbol is one punctuation token.
    tokens.push(makeToken(text, i, i + 1, 'punct'));
    i++;
  }
  return tokens;
}

/**
 * The length of WORD's match at `i`, 0 when there is none. Plain ASCII words are scanned by hand, exactly as the
 * regex would match them; a word with any other character is left to the regex itself.
 */
function wordLength(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (first < 128 && !isAsciiAlphanumeric(first)) return 0;
  if (first >= 128) return regexWordLength(text, i);
  const end = asciiWordEnd(text, i, joinsTokenWords);
  return end < 0 ? regexWordLength(text, i) : end - i;
}

// [-'’.&] then a letter or digit carries the word on.
const joinsTokenWords = (c: number): boolean => c === 45 /* - */ || c === 39 /* ' */ || c === 0x2019 /* ’ */ || c === 46 /* . */ || c === 38; /* & */

function regexWordLength(text: string, i: number): number {
  WORD.lastIndex = i;
  const m = WORD.exec(text);
  return m === null ? 0 : m[0].length;
}

function makeToken(text: string, start: number, end: number, type: 'word' | 'punct'): Token {
  const t = text.slice(start, end);
  return { start, end, text: t, lower: lowerCase(t), type, quote: -1 };
}

export function isCapitalised(token: Token | undefined): boolean {
  // Brands written in camel case (`easyJet`, `eBay`) are names too.
  return token !== undefined && token.type === 'word' && /^(?:[\p{Lu}\p{Lt}]|\p{Ll}{1,4}\p{Lu}\p{Ll})/u.test(token.text);
}
