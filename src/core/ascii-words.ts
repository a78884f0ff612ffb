// Scanning plain ASCII words by hand, for the tokenisers whose word regexes are the hot path of annotating:
// the regex itself is left to decide any word with a character past ASCII.

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
