// Paragraphs are the unit a quotation may not leave (except by the multi-paragraph rule), so every
// later stage works paragraph by paragraph. A paragraph is a non-blank line: extracted article text
// puts one paragraph per line. Hard-wrapped plain text (lines of similar width, paragraphs between
// blank lines) is the exception: there a paragraph is a block of lines.

/** A non-blank line of the text; `start` is its first non-space character, `end` follows its last one. */
export interface Paragraph {
  start: number;
  end: number;
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/g;

/** Splits text into paragraphs (trimmed non-blank lines), in order. Linear in the text length. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  const push = (from: number, to: number): void => {
    let start = from;
    let end = to;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end > start) paragraphs.push({ start, end });
  };
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    push(lineStart, m.index);
    lineStart = m.index + m[0].length;
  }
  push(lineStart, text.length);
  return looksHardWrapped(text, paragraphs) ? joinBlocks(text, paragraphs) : paragraphs;
}

/** Most lines 40–100 characters wide, and blank lines somewhere: a hard-wrapped text file. */
function looksHardWrapped(text: string, lines: readonly Paragraph[]): boolean {
  if (lines.length < 8 || !/\n[ \t]*\r?\n/.test(text)) return false;
  let wrapped = 0;
  for (const line of lines) if (line.end - line.start >= 40 && line.end - line.start <= 100) wrapped++;
  const longest = lines.reduce((max, l) => Math.max(max, l.end - l.start), 0);
  return longest <= 120 && wrapped / lines.length >= 0.6;
}

/** Merges consecutive lines not separated by a blank line. */
function joinBlocks(text: string, lines: readonly Paragraph[]): Paragraph[] {
  const blocks: Paragraph[] = [];
  for (const line of lines) {
    const last = blocks[blocks.length - 1];
    if (last && !/\n[ \t]*\r?\n/.test(text.slice(last.end, line.start))) last.end = line.end;
    else blocks.push({ ...line });
  }
  return blocks;
}

/** Whitespace as `\s` means it, by code unit (cheaper than a regex per character). */
export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Index of the paragraph containing `pos` (or the last one starting before it), by binary search. */
export function paragraphAt(paragraphs: readonly Paragraph[], pos: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
