// Splits a paragraph into word tokens with the facts the entity recogniser needs about each:
// capitalisation, whether it opens a sentence, what separates it from the previous word.
import { ABBREVIATIONS, NAME_CONTINUING_ABBREVIATIONS, isPlatformX } from './name-lexicons';
import { lowerCase } from './lower-case';
import { asciiWordEnd, isAsciiAlphanumeric, withoutFinalDot } from './ascii-words';

export interface Token {
  /** Position in the paragraph's token list. */
  index: number;
  /** Offsets in the article text; a possessive ’s is outside them. */
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with a capital letter. */
  capitalised: boolean;
  /** Two or more letters (digits and & allowed), all capitals: "NATO", "AT&T", "G7". */
  allCaps: boolean;
  /** Ends with a full stop that belongs to it: "Mr.", "U.S.", "J." */
  dotted: boolean;
  /** Followed by ’s or 's, which the token leaves out. */
  possessive: boolean;
  /** What lies between the previous token and this one. */
  gap: 'space' | 'hyphen' | 'break';
  /** First word of a sentence, a line or a quotation: its capital says nothing. */
  sentenceStart: boolean;
  /** In a title-case headline line: its capital says nothing either. */
  headline: boolean;
  /** In a line of capitals, where capitals do not mark acronyms. */
  shouted: boolean;
  /** First word of a line. */
  lineStart: boolean;
}

// A dotted acronym ("U.S.") or a word with inner apostrophes or ampersands ("O'Brien", "AT&T").
// Soft hyphens (U+00AD) inside a word are part of it: "Vladi\u00admir".
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}\u00ad]*(?:['’&][\p{L}\p{N}][\p{L}\p{M}\p{N}\u00ad]*)*/gu;
const SPACE_ONLY = /^[ \t\u00a0\u2009\u202f]+$/;
const HYPHEN_ONLY = /^[-‐‑]$/;
const SENTENCE_OPENER = /[.!?…:;“‘«(\[]|(?:^|\s)["']$|\n/;
const UPPER_FIRST = /^\p{Lu}/u;
const ALL_CAPS = /^(?=[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}|\p{Lu}[\p{N}&])[\p{Lu}\p{N}&'’]+$/u;
const ANY_LETTER = /\p{L}/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const POSSESSIVE = /['’][sS]$/;
const LINE_END_PUNCTUATION = /[.!?:;,"”’)]\s*$/;

/** The word tokens of `text.slice(from, to)`, with offsets into `text`. */
export function tokenise(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let previousEnd = from;
  let previous: Token | undefined;
  for (let start = nextWord(text, from); start >= 0 && start < to; start = nextWord(text, previousEnd)) {
    let word = text.slice(start, wordEnd);
    if (start + word.length > to) word = word.slice(0, to - start);
    let rawEnd = start + word.length;
    let dotted = word.charCodeAt(word.length - 1) === 46 /* . */;
    if (!dotted && text.charCodeAt(rawEnd) === 46 /* . */ && rawEnd < to) {
      const lowerWord = word.toLowerCase();
      if (ABBREVIATIONS.has(lowerWord) || (SINGLE_CAPITAL.test(word) && !isPlatformX(word, previous?.lower))) {
        word += '.';
        rawEnd += 1;
        dotted = true;
      }
    }
    const firstCode = word.charCodeAt(0);
    // Most words start with a lower-case ASCII letter: skip the Unicode tests for them.
    const maybeCapital = firstCode < 97 || firstCode > 122;
    // An ASCII first character is a capital only from A to Z.
    const capitalised = maybeCapital && (firstCode < 128 ? firstCode >= 65 && firstCode <= 90 : UPPER_FIRST.test(word));
    const possessive = capitalised && word.length > 2 && POSSESSIVE.test(word);
    if (possessive) word = word.slice(0, -2);
    // One plain space is by far the commonest gap.
    const plainSpace = start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32;
    const gapText = plainSpace ? ' ' : text.slice(previousEnd, start);
    const gap = previous === undefined ? 'break' : plainSpace || SPACE_ONLY.test(gapText) ? 'space' : HYPHEN_ONLY.test(gapText) ? 'hyphen' : 'break';
    const lowered = lowerCase(word);
    // A word scanned by hand holds ASCII letters, digits and ' & ’ only: no soft hyphen.
    const lower = wordScannedByHand || lowered.indexOf('\u00ad') < 0 ? lowered : lowered.replace(/\u00ad/g, '');
    const token: Token = {
      index: tokens.length,
      start,
      end: start + word.length,
      text: word,
      lower,
      capitalised,
      // A lower-case ASCII second letter ("Putin") rules out capitals without the Unicode test.
      allCaps: capitalised && !isLowerAscii(word.charCodeAt(1)) && ALL_CAPS.test(word),
      dotted,
      possessive,
      gap,
      sentenceStart:
        previous === undefined || (!plainSpace && SENTENCE_OPENER.test(gapText)) || endsSentence(previous, tokens[tokens.length - 2]),
      lineStart: previous === undefined || (!plainSpace && gapText.includes('\n')),
      headline: false,
      shouted: false,
    };
    tokens.push(token);
    previous = token;
    previousEnd = rawEnd;
  }
  markLineCase(text, tokens, to);
  return tokens;
}

// "U.S. The talks" ends a sentence after the full stop of an abbreviation; "Mr. Smith" and
// "George H.W. Bush" do not.
function endsSentence(previous: Token, beforePrevious: Token | undefined): boolean {
  if (!previous.dotted) return false;
  const bare = withoutFinalDot(previous.lower);
  if (beforePrevious?.capitalised && previous.gap === 'space' && /^(?:\p{L}\.)*\p{L}$/u.test(bare)) return false;
  return !NAME_CONTINUING_ABBREVIATIONS.has(bare) && !SINGLE_CAPITAL.test(bare.toUpperCase()) && bare.length > 1;
}

// Headlines ("Putin Says Talks With Trump Were Useful") and shouted lines capitalise common words.
function markLineCase(text: string, tokens: Token[], to: number): void {
  let lineStart = 0;
  while (lineStart < tokens.length) {
    let lineEnd = lineStart + 1;
    while (lineEnd < tokens.length && !tokens[lineEnd]!.lineStart) lineEnd++;
    // The line's words of four letters or more: how many, how many capitalised, how many in capitals.
    let words = 0;
    let capitals = 0;
    let shouting = 0;
    for (let k = lineStart; k < lineEnd; k++) {
      const t = tokens[k]!;
      if (t.text.length < 4 || !hasLetter(t.text)) continue;
      words++;
      if (t.capitalised) capitals++;
      if (t.allCaps) shouting++;
    }
    if (words >= 3) {
      const last = tokens[lineEnd - 1]!;
      const lineTail = text.slice(last.end, Math.min(to, last.end + 3)).split('\n')[0] ?? '';
      const headline = capitals / words >= 0.75 && !LINE_END_PUNCTUATION.test(lineTail);
      const shouted = shouting / words >= 0.75;
      if (headline || shouted) {
        for (let k = lineStart; k < lineEnd; k++) {
          const t = tokens[k]!;
          t.headline = t.headline || headline || shouted;
          t.shouted = shouted;
        }
      }
    }
    lineStart = lineEnd;
  }
}

// /\p{L}/u.test(word), without the Unicode test for a word that starts with an ASCII letter.
function hasLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || ANY_LETTER.test(word);
}

// The end of the match nextWord found, and whether nextWord scanned it by hand rather than with the regex.
let wordEnd = 0;
let wordScannedByHand = false;

const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;
const joinsNameWords = (c: number): boolean => c === 39 /* ' */ || c === 38 /* & */ || c === 0x2019; /* ’ */

/**
 * Where the first match of WORD at or after `from` starts (-1 when there is none), its end in wordEnd. Plain
 * ASCII words are scanned by hand, exactly as the regex would match them; any other character, and a
 * capital followed by a full stop ("U.S."), is left to the regex itself.
 */
function nextWord(text: string, from: number): number {
  const n = text.length;
  let i = from;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return regexWord(text, i);
    if (isAsciiAlphanumeric(c)) break;
  }
  if (i >= n) return -1;
  if (text.charCodeAt(i + 1) === 46 /* . */) return regexWord(text, i);
  const end = asciiWordEnd(text, i, joinsNameWords);
  if (end < 0) return regexWord(text, i);
  wordEnd = end;
  wordScannedByHand = true;
  return i;
}

function regexWord(text: string, from: number): number {
  wordScannedByHand = false;
  WORD.lastIndex = from;
  const match = WORD.exec(text);
  if (match === null) return -1;
  wordEnd = match.index + match[0].length;
  return match.index;
}
