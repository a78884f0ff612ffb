// Reading plain ASCII words by hand where a regex costs more on the hot path of annotating: for the tokenisers,
// which leave any word with a character past ASCII to their regex, and for the rules' quick tests before their
// patterns (asciiWordBefore, withoutFinalDot).

export const isAsciiAlphanumeric = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The end of the word that starts with the ASCII letter or digit at `start`: letters and digits, carried on
 * over a joiner (`joins`, e.g. ' or &) only when a letter or digit follows it. -1 when a character past ASCII
 * (other than a joiner) is met, where only the tokeniser's regex can say where the word ends.
 */
export function asciiWordEnd(text: string, start: number, joins: (c: number) => boolean): number {
  const n = text.length;
  let j = start + 1;
  for (;;) {
    while (j < n && isAsciiAlphanumeric(text.charCodeAt(j))) j++;
    if (j >= n) break;
    const c = text.charCodeAt(j);
    const joiner = joins(c);
    if (c >= 128 && !joiner) return -1;
    if (!joiner || j + 1 >= n) break;
    const d = text.charCodeAt(j + 1);
    if (d >= 128) return -1;
    if (!isAsciiAlphanumeric(d)) break;
    j += 2;
  }
  return j;
}

// JavaScript's \s, as a set of character codes.
const SPACES = new Set([9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
const isSpace = (c: number): boolean => SPACES.has(c) || (c >= 0x2000 && c <= 0x200a);
const isAsciiWordChar = (c: number): boolean => isAsciiAlphanumeric(c) || c === 95;

/**
 * The ASCII word (a run of \w, as a regex's \b reads words) just before the white space that ends at `at`, read no
 * further back than `from`: what /(\w*)\s+$/ finds in text.slice(from, at), '' where no white space ends there. A
 * cheap test that lets a rule skip its "…word\s+$" pattern, run on that slice, where that word is not before the
 * name: the patterns cost a search of the slice before every name, this a few character reads. (`from` matters:
 * at the slice's start a pattern's \b holds even where a letter comes before it in the text.)
 */
export function asciiWordBefore(text: string, at: number, from = 0): string {
  const limit = Math.max(0, from);
  let i = at;
  while (i > limit && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === at) return '';
  const end = i;
  while (i > limit && isAsciiWordChar(text.charCodeAt(i - 1))) i--;
  return text.slice(i, end);
}

/** `word` without one final full stop: "Jr." → "Jr" (what `.replace(/\.$/, '')` does, without a regex). */
export const withoutFinalDot = (word: string): string => (word.endsWith('.') ? word.slice(0, -1) : word);
