// Lower case for the words of an article, fast in the commonest case. A slice of a text holding any character
// past Latin-1 (curly quotes, dashes) is itself stored two bytes a character, and String#toLowerCase takes a slow
// path for such strings even when nothing changes, at several times the cost of looking; most words are already
// plain lower-case ASCII.

/** The same as `word.toLowerCase()`. */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return word.toLowerCase();
  }
  return word;
}
