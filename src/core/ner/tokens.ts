// Splits text into the tokens the tagger reads, close to the Penn Treebank's: words, numbers, each
// punctuation mark, a possessive ’s on its own, hyphens apart ("Russia-Ukraine" → Russia - Ukraine), and
// dotted abbreviations kept whole ("U.S.", "Mr.", "J."). Offsets index the text; `end` is exclusive.
import { lowerCase } from '../lower-case';

export interface NerToken {
  start: number;
  end: number;
  text: string;
  /** First token of a sentence, a line or a quotation after a sentence end: its capital says little. */
  sentenceStart: boolean;
  /** First token of a line. */
  lineStart: boolean;
}

// Dotted acronyms, words with inner apostrophes or ampersands, numbers with separators, any other mark.
const TOKEN =
  /(?:\p{L}\.){2,}|\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?|[\p{L}\p{M}\u00ad][\p{L}\p{M}\p{N}\u00ad]*(?:['’&][\p{L}\p{N}][\p{L}\p{M}\p{N}\u00ad]*)*|\S/gu;
const POSSESSIVE = /^(.+?)(['’][sS])$/u;
const WORDLIKE = /[\p{L}\p{N}]/u;
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '-', '—', '–', ':', ';']);

// "MILWAUKEE — Prosecutors told…", "CHENNAI, India (AP) — The…": the dash after a dateline opens the story's
// first sentence, so its capital marks nothing.
const DASHES = new Set(['—', '–', '-', '--']);
// (Not a headline's label: "RUGBY UNION - BATH BEAT LEICESTER".)
const SENTENCE_AFTER_DASH = /^\s*\p{Lu}\p{Ll}/u;
const DATELINE_BEFORE_DASH = /^\p{Lu}[\p{Lu}\p{M} .'’-]*(?:,[^\n,—–]{1,40})?(?:\s*\(\p{L}+\))?\s*$/u;

/** Abbreviations that keep their full stop: "Mr.", "Inc.", "St.", "Jan." */
export const DOTTED_ABBREVIATIONS = new Set(
  `mr mrs ms mx dr prof gov sen sens rep reps gen col lt sgt capt adm maj cmdr cpl pvt det supt rev hon pres st mt ft jr sr inc corp co ltd bros messrs dept univ assn ave blvd rd no vs jan feb mar apr jun jul aug sep sept oct nov dec approx est fig vol cf calif fla ill mass mich minn penn tenn tex va wash wis ariz colo conn ga kan ky la md mo nev okla ore pa`.split(
    ' ',
  ),
);
// Abbreviations after which a capitalised word does not open a new sentence.
const NAME_CONTINUING = new Set(`mr mrs ms mx dr prof gov sen sens rep reps gen col lt sgt capt adm maj cmdr cpl pvt det supt rev hon pres st mt ft`.split(' '));

/** The tokens of `text.slice(from, to)`, offsets into `text`. */
export function tokeniseForTagger(text: string, from = 0, to = text.length): NerToken[] {
  const tokens: NerToken[] = [];
  let lineStart = true;
  let sentenceStart = true;
  // Where the current line's first token starts, for a dateline's dash.
  let lineFrom = from;
  let lastEnd = from;
  // The first line break at or after lastEnd (text.length when none).
  let newline = -1;
  // Where the next token is looked for: the end of this one's match, or past a full stop it takes.
  let position = from;
  for (let found = nextToken(text, from); found >= 0 && found < to; found = nextToken(text, position)) {
    let start = found;
    let word = text.slice(start, tokenEnd);
    position = tokenEnd;
    if (start + word.length > to) word = word.slice(0, to - start);
    if (newline < lastEnd) {
      newline = text.indexOf('\n', lastEnd);
      if (newline < 0) newline = text.length;
    }
    if (lastEnd < start && newline < start) {
      lineStart = true;
      sentenceStart = true;
      lineFrom = start;
    }
    let end = start + word.length;
    const first = word.charCodeAt(0);
    // One ASCII character is a word when it is a letter or a digit; other characters ask Unicode.
    const isWord = word.length > 1 || (first < 128 ? (first >= 48 && first <= 57) || (first >= 65 && first <= 90) || (first >= 97 && first <= 122) : WORDLIKE.test(word));
    if (isWord && text.charCodeAt(end) === 46 /* . */ && end < to && !word.endsWith('.')) {
      // "Mr." and "J." keep their full stop; a full stop after any other word ends the sentence.
      const lower = lowerCase(word);
      if (DOTTED_ABBREVIATIONS.has(lower) || (word.length === 1 && first >= 65 && first <= 90)) {
        word += '.';
        end += 1;
        position = end;
      }
    }
    // Only a word ending in 's or ’s (either case of s) can match POSSESSIVE.
    const possessive = isWord && word.length > 2 && isPossessiveEnding(word) ? POSSESSIVE.exec(word) : null;
    if (possessive !== null) {
      const stem = possessive[1]!;
      tokens.push({ start, end: start + stem.length, text: stem, sentenceStart, lineStart });
      sentenceStart = false;
      lineStart = false;
      start += stem.length;
      word = possessive[2]!;
    }
    tokens.push({ start, end, text: word, sentenceStart, lineStart });
    lineStart = false;
    if (word.length === 1 && SENTENCE_END.has(word)) sentenceStart = true;
    else if (word.length > 1 && word.charCodeAt(word.length - 1) === 46 /* . */ && isSentenceEndingAbbreviation(word, text, end)) sentenceStart = true;
    else if (DASHES.has(word) && start - lineFrom <= 60 && SENTENCE_AFTER_DASH.test(text.slice(end, end + 4)) && DATELINE_BEFORE_DASH.test(text.slice(lineFrom, start))) sentenceStart = true;
    else if (!(sentenceStart && word.length === 1 && OPENERS.has(word))) sentenceStart = false;
    lastEnd = end;
  }
  return tokens;
}

// "in the U.S. The talks" ends a sentence; "Mr. Smith" and "J. Smith" do not.
function isSentenceEndingAbbreviation(word: string, text: string, end: number): boolean {
  const bare = word.slice(0, -1).toLowerCase();
  if (NAME_CONTINUING.has(bare) || bare.length === 1) return false;
  if (!DOTTED_ABBREVIATIONS.has(bare) && !bare.includes('.')) return false;
  // Followed by a space and a capitalised function word: a new sentence.
  const next = /^\s+(\p{Lu}\p{Ll}*)/u.exec(text.slice(end, end + 20));
  return next !== null && /^(The|A|An|He|She|It|They|We|I|But|In|On|At|This|That|And)$/.test(next[1]!);
}

function isPossessiveEnding(word: string): boolean {
  const s = word.charCodeAt(word.length - 1);
  const apostrophe = word.charCodeAt(word.length - 2);
  return (s === 115 || s === 83) && (apostrophe === 39 || apostrophe === 0x2019);
}

// The end of the match nextToken found.
let tokenEnd = 0;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/**
 * Where the first match of TOKEN at or after `from` starts (-1 when there is none), its end in tokenEnd.
 * Tokens of plain ASCII are scanned by hand, exactly as the regex would match them; any other character,
 * and a letter followed by a full stop ("U.S."), is left to the regex itself.
 */
function nextToken(text: string, from: number): number {
  const n = text.length;
  let i = from;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return regexToken(text, i);
    if (!isSpace(c)) break;
  }
  if (i >= n) return -1;
  const first = text.charCodeAt(i);
  let j = i + 1;
  if (isDigit(first)) {
    // \p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?
    for (;;) {
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      if (j >= n) break;
      const c = text.charCodeAt(j);
      if (c >= 128) return regexToken(text, i);
      if (!(c === 46 || c === 44 || c === 58 || c === 47) || j + 1 >= n) break;
      const d = text.charCodeAt(j + 1);
      if (d >= 128) return regexToken(text, i);
      if (!isDigit(d)) break;
      j += 2;
    }
    while (j < n && isAsciiLetter(text.charCodeAt(j))) j++;
    if (j < n && text.charCodeAt(j) >= 128) return regexToken(text, i);
  } else if (isAsciiLetter(first)) {
    if (text.charCodeAt(i + 1) === 46 /* . */) return regexToken(text, i);
    // [\p{L}\p{M}\u00ad][\p{L}\p{M}\p{N}\u00ad]*(?:['’&][\p{L}\p{N}][\p{L}\p{M}\p{N}\u00ad]*)*
    for (;;) {
      while (j < n && (isAsciiLetter(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j++;
      if (j >= n) break;
      const c = text.charCodeAt(j);
      const joiner = c === 39 /* ' */ || c === 38 /* & */ || c === 0x2019; /* ’ */
      if (c >= 128 && !joiner) return regexToken(text, i);
      if (!joiner || j + 1 >= n) break;
      const d = text.charCodeAt(j + 1);
      if (d >= 128) return regexToken(text, i);
      if (!isAsciiLetter(d) && !isDigit(d)) break;
      j += 2;
    }
  }
  // Any other ASCII mark is a token of its own (\S).
  tokenEnd = j;
  return i;
}

function regexToken(text: string, from: number): number {
  TOKEN.lastIndex = from;
  const match = TOKEN.exec(text);
  if (match === null) return -1;
  tokenEnd = match.index + match[0].length;
  return match.index;
}
