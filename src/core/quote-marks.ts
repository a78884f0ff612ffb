// Which characters open and close quotations, and how to tell a quotation mark from an apostrophe.
// Curly and bracket-like marks say which side they are on; straight marks, ’ and the guillemets do
// not, so their role is read from the characters around them ("flanking"), as CommonMark does.

import { isSpaceCode } from './paragraphs';

/** Every character that may open or close a quotation (a regex character class body). */
export const QUOTE_MARK_CLASS = '“”"‘’\'«»„‚「」『』';

/** For each opening mark, the marks that may close it. */
const CLOSERS: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['„', '“”'], // German „…“, Polish „…”
  ['"', '"'],
  ['‘', '’\''],
  ['‚', '‘’'], // German ‚…‘
  ["'", '\'’'],
  ['«', '»'],
  ['»', '«'], // Danish and German »…«
  ['「', '」'],
  ['『', '』'],
]);

export function closesOpener(opener: string, mark: string): boolean {
  const closers = CLOSERS.get(opener);
  return closers !== undefined && (closers === mark || (closers.length > 1 && closers.includes(mark)));
}

/** Marks that only ever open: seeing one is enough. */
const UNAMBIGUOUS_OPENERS = '“„«「『‚';

/** Closers whose position alone says they close (no flanking test needed). */
const UNAMBIGUOUS_CLOSERS = '”»」』';

/** Characters after which an ambiguous mark is on the opening side. */
const OPENING_CONTEXT = '([{<—–-/\u2010\u2011\u2012\u2015“‘„‚«»"\'「『:';

/** Words that start with an elided letter: ’90s, ’em, ’tis, rock ’n’ roll. */
const ELISION = /(?:\d\d?s?(?![\p{L}\p{N}])|\d\d(?![\p{L}\p{N}])|(?:em|tis|twas|n|cause|til|bout|round|nuff|ello|s)(?![\p{L}\p{N}]))/iuy;

function isElisionAt(text: string, i: number): boolean {
  ELISION.lastIndex = i;
  return ELISION.test(text);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function isLetterOrDigitAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 0x80) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return LETTER_OR_DIGIT.test(text.charAt(i));
}

function isSpaceOrEdge(text: string, i: number, lo: number, hi: number): boolean {
  return i < lo || i >= hi || isSpaceCode(text.charCodeAt(i));
}

export type CloseVerdict = 'close' | 'tentative' | 'no';

/**
 * Whether the mark at `i` can close a quotation opened by `opener`. 'tentative' is a plural possessive
 * (students’ union): it closes only if no better closer turns up in the paragraph.
 */
export function closeVerdict(text: string, i: number, mark: string, opener: string, lo: number, hi: number): CloseVerdict {
  if (!closesOpener(opener, mark)) return 'no';
  if (UNAMBIGUOUS_CLOSERS.includes(mark)) return 'close';
  // An ambiguous closer hangs off the end of a word: nothing but space before it is an opener.
  if (isSpaceOrEdge(text, i - 1, lo, hi)) return 'no';
  if (mark === '’' || mark === "'" || (mark === '‘' && opener === '‚')) {
    // don't, Russia’s: a letter on both sides is an apostrophe.
    if (isLetterOrDigitAt(text, i + 1)) return 'no';
    // rock ’n’ roll
    if (text.charAt(i - 1).toLowerCase() === 'n' && (text.charAt(i - 2) === '’' || text.charAt(i - 2) === "'")) return 'no';
    // students’ union, Jones’ car: a possessive when a lower-case word follows.
    if (looksLikePluralPossessive(text, i)) return 'tentative';
  }
  return 'close';
}

/** Words ending in s that are not plurals: their closing mark is never a possessive. */
const NOT_PLURAL = new Set(['yes', 'is', 'was', 'this', 'his', 'has', 'us', 'does', 'as', 'thus', 'plus', 'its', 'less', 'unless', 'yours', 'ours', 'hers', 'theirs', 'always', 'perhaps', 'news', 'chaos', 'process', 'success', 'crisis', 'business', 'across']);

/** students’ union: a mark after a plural-looking word, with a lower-case word after it. */
function looksLikePluralPossessive(text: string, i: number): boolean {
  const before = text.charAt(i - 1);
  if (before !== 's' && before !== 'S') return false;
  if (text.charAt(i + 1) !== ' ' || !/[\p{Ll}\p{N}]/u.test(text.charAt(i + 2))) return false;
  let j = i - 1;
  while (j > i - 20 && isLetterOrDigitAt(text, j - 1)) j--;
  return !NOT_PLURAL.has(text.slice(j, i).toLowerCase());
}

/** Whether the mark at `i` opens a quotation (given it closed nothing). */
export function canOpen(text: string, i: number, mark: string, lo: number, hi: number): boolean {
  if (UNAMBIGUOUS_OPENERS.includes(mark)) {
    // ‘ and ‚ are also mistyped apostrophes (‘90s); the others are unambiguous.
    if (mark === '‚') return !isSpaceOrEdge(text, i + 1, lo, hi);
    return true;
  }
  if (mark === '"' || mark === "'" || mark === '‘' || mark === '»') {
    if (isSpaceOrEdge(text, i + 1, lo, hi)) return false;
    const before = i - 1 < lo ? '' : text.charAt(i - 1);
    if (before !== '' && !isSpaceCode(before.charCodeAt(0)) && !OPENING_CONTEXT.includes(before)) return false;
    if (mark !== '"' && mark !== '»' && isElisionAt(text, i + 1)) return false;
    return true;
  }
  return false;
}

/** Whether two openers belong to the same style (for multi-paragraph continuation). */
export function sameFamily(a: string, b: string): boolean {
  if (a === b) return true;
  const family = (m: string): string => ('“"„'.includes(m) ? 'double' : '‘\'‚'.includes(m) ? 'single' : m);
  return family(a) === family(b);
}

export function isQuoteMark(ch: string): boolean {
  return ch.length === 1 && QUOTE_MARK_CLASS.includes(ch);
}
