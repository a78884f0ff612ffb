// Sentence boundaries, with quotations treated as opaque: a full stop inside a quotation does not
// end the sentence around it (`“… Ukraine. We are prepared …,” he stated.` is one sentence), but a
// quotation that ends with a full stop and is followed by a capital ends its sentence.

import type { Paragraph } from './paragraphs';
import { isSpaceCode } from './paragraphs';
import { isPlatformX } from './name-lexicons';

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

/** A region the splitter must not look inside: a quotation, marks included. */
export interface OpaqueRegion {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'adm',
  'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'mt', 'ft', 'rev', 'hon',
  'messrs', 'approx', 'dept', 'univ', 'fig', 'e.g', 'i.e', 'al', 'ave', 'blvd',
]);

/** Follow-up words that show `“…?” Trump asked` continues the sentence after a capitalised name. */
const CUE_AFTER_QUESTION = /^\s*[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,3}\s+(?:asked|said|says|asks|wondered|shouted|exclaimed|added|replied|told|wrote|demanded)\b/u;

/** Splits each paragraph into sentences; `regions` must be sorted by start. Linear time. */
export function splitSentences(text: string, paragraphs: readonly Paragraph[], regions: readonly OpaqueRegion[]): Sentence[] {
  const sentences: Sentence[] = [];
  let r = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    let sentenceStart = para.start;
    const cut = (at: number): void => {
      let s = sentenceStart;
      while (s < at && isSpaceCode(text.charCodeAt(s))) s++;
      let e = at;
      while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
      if (e > s) sentences.push({ start: s, end: e, paragraph: p });
      sentenceStart = at;
    };
    while (r < regions.length && regions[r]!.end <= para.start) r++;
    for (let i = para.start; i < para.end; i++) {
      const region = regions[r];
      if (region && i >= region.start && i < region.end) {
        // Jump over the quotation; it ends the sentence only if it ends with . ! ? and a new one starts.
        const after = Math.min(region.end, para.end);
        r++;
        i = after - 1;
        let k = after - 1;
        while (k > region.start && (isSpaceCode(text.charCodeAt(k - 1)) || isCloseMark(text.charAt(k)))) k--;
        const inner = text.charAt(k);
        if (inner === '.' || inner === '!' || inner === '?' || inner === '…') {
          const nextPos = skipSpaces(text, after, para.end);
          if (nextPos >= para.end) continue;
          const next = text.charAt(nextPos);
          if (!startsSentence(next)) continue;
          if (inner !== '.' && CUE_AFTER_QUESTION.test(text.slice(after, Math.min(para.end, after + 80)))) continue;
          cut(after);
        }
        continue;
      }
      // . ! ? … ; compared as codes: most characters are none of them, and making each a string costs.
      const code = text.charCodeAt(i);
      if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026 && code !== 59) continue;
      const ch = text.charAt(i);
      let end = i + 1;
      while (end < para.end && /[.!?…)\]]/.test(text.charAt(end))) end++;
      const nextPos = skipSpaces(text, end, para.end);
      if (nextPos === end && end < para.end) continue; // "3.5", "U.S.A", "Yahoo!Inc"
      if (nextPos >= para.end) break;
      if (ch === ';') {
        continue; // a semicolon joins clauses of one sentence; keep it whole
      }
      if (!startsSentence(text.charAt(nextPos))) continue;
      if (ch === '.' && isAbbreviationBefore(text, i, para.start)) continue;
      cut(end);
      i = end - 1;
    }
    cut(para.end);
  }
  return sentences;
}

function skipSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

function startsSentence(ch: string): boolean {
  return /[\p{Lu}\p{N}“"‘'«»„‚「『(\[]/u.test(ch);
}

function isCloseMark(ch: string): boolean {
  return '”"’\'»«“‘」』'.includes(ch) && ch !== '';
}

function isAbbreviationBefore(text: string, dot: number, lo: number): boolean {
  let j = dot;
  while (j > lo && /[\p{L}.]/u.test(text.charAt(j - 1))) j--;
  const word = text.slice(j, dot);
  // An initial: John F. Kennedy. But not the platform X after a preposition: "in a post on X. Mukesh Ambani said".
  if (word.length === 1 && /\p{Lu}/u.test(word)) return !isPlatformX(word, /(\p{L}+)\s$/u.exec(text.slice(Math.max(lo, j - 8), j))?.[1]);
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Index of the sentence containing `pos` (or the last one starting before it), or -1. Binary search. */
export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // A position between two sentences (spaces) belongs to the one before.
  return found;
}
