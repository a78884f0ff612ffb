// Builds the article text that every offset indexes, from a DOM subtree, and remembers which text node
// (and which offset in it) each character came from, so an annotation maps back to an exact live Range.
//
// Whitespace is collapsed as a browser renders it (outside <pre>), and block boundaries become "\n", so
// the text reads like the article and paragraphs are explicit for the quotation rules.

/** A run of article text drawn from one text node. */
export interface TextSegment {
  start: number;
  end: number;
  node: Text;
  /** Node offset of each character in [start, end), or null when it is `base + i` (nothing collapsed). */
  offsets: Int32Array | null;
  base: number;
}

export interface ArticleText {
  text: string;
  segments: TextSegment[];
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'TEXTAREA', 'SELECT', 'WHOSAID-CARD']);
const WHITESPACE = /[ \t\n\r\f]/;
const WHITESPACE_RUN = /[ \t\n\r\f]+/g;
const SPACE = -1;

/** Options for `buildArticleText`. */
export interface BuildOptions {
  /** Stop after this many characters (huge pages): the text is cut at a paragraph boundary when possible. */
  maxLength?: number;
  /** Skip elements a reader cannot see (the `hidden` attribute, aria-hidden). Used for whole-page text. */
  skipHidden?: boolean;
}

/** The readable text under `root` with a map from each character to its text node. */
export function buildArticleText(root: Node, options: BuildOptions = {}): ArticleText {
  const maxLength = options.maxLength ?? Number.POSITIVE_INFINITY;
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let atLineStart = true;
  let pendingSpace = false;
  let full = false;

  const breakLine = (): void => {
    pendingSpace = false;
    if (!atLineStart && length > 0) {
      parts.push('\n');
      length += 1;
    }
    atLineStart = true;
  };

  // Outside <pre>: the same result as the character loop in `addText`, a run of non-space characters at a
  // time, so a long page is read in a few milliseconds. Only a node whose text is one run (no space kept, none
  // dropped inside) maps offsets by `base`; the others get their table.
  const addCollapsed = (node: Text, data: string): void => {
    const runs: number[] = []; // [from, to] pairs, each preceded by SPACE when a space is kept before it
    let spaces = 0;
    let textLength = 0;
    const take = (from: number, to: number): void => {
      if (to <= from) return;
      if (pendingSpace) {
        runs.push(SPACE);
        spaces += 1;
        textLength += 1;
        pendingSpace = false;
      }
      runs.push(from, to);
      textLength += to - from;
      atLineStart = false;
    };
    let position = 0;
    WHITESPACE_RUN.lastIndex = 0;
    for (let match = WHITESPACE_RUN.exec(data); match; match = WHITESPACE_RUN.exec(data)) {
      take(position, match.index);
      if (!atLineStart) pendingSpace = true;
      position = match.index + match[0].length;
    }
    take(position, data.length);
    if (runs.length === 0) return;
    let chars: string;
    let offsets: Int32Array | null = null;
    if (spaces === 0 && runs.length === 2) chars = data.slice(runs[0], runs[1]);
    else {
      const pieces: string[] = [];
      offsets = new Int32Array(textLength);
      let k = 0;
      for (let r = 0; r < runs.length; r++) {
        if (runs[r] === SPACE) {
          // A kept space belongs to the character after it, as in `addText`.
          pieces.push(' ');
          offsets[k++] = runs[r + 1]!;
          continue;
        }
        const from = runs[r]!;
        const to = runs[++r]!;
        pieces.push(data.slice(from, to));
        for (let i = from; i < to; i++) offsets[k++] = i;
      }
      chars = pieces.join('');
    }
    segments.push({ start: length, end: length + chars.length, node, offsets, base: offsets ? offsets[0]! : runs[0]! });
    parts.push(chars);
    length += chars.length;
    if (length >= maxLength) full = true;
  };

  const addText = (node: Text, preformatted: boolean): void => {
    const data = node.data;
    if (data.length === 0) return;
    if (!preformatted) {
      addCollapsed(node, data);
      return;
    }
    let chars = '';
    const offsets: number[] = [];
    for (let i = 0; i < data.length; i++) {
      const char = data[i]!;
      if (!preformatted && WHITESPACE.test(char)) {
        if (!atLineStart) pendingSpace = true;
        continue;
      }
      if (preformatted && char === '\n') {
        // A newline inside <pre> ends a line of the text as a block boundary would.
        if (chars) flush();
        breakLine();
        continue;
      }
      if (pendingSpace) {
        chars += ' ';
        offsets.push(i);
        pendingSpace = false;
      }
      chars += char;
      offsets.push(i);
      atLineStart = false;
    }
    flush();

    function flush(): void {
      if (!chars) return;
      const start = length;
      const base = offsets[0]!;
      let identity = true;
      for (let k = 1; k < offsets.length; k++) {
        if (offsets[k] !== base + k) {
          identity = false;
          break;
        }
      }
      segments.push({ start, end: start + chars.length, node, offsets: identity ? null : Int32Array.from(offsets), base });
      parts.push(chars);
      length += chars.length;
      chars = '';
      offsets.length = 0;
      if (length >= maxLength) full = true;
    }
  };

  // An explicit stack rather than recursion: pages nest elements ten thousand deep.
  const stack: { node: Node; preformatted: boolean; leaving: boolean }[] = [{ node: root, preformatted: false, leaving: false }];
  while (stack.length > 0 && !full) {
    const { node, preformatted, leaving } = stack.pop()!;
    if (leaving) {
      breakLine();
      continue;
    }
    if (node.nodeType === 3) {
      addText(node as Text, preformatted);
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const element = node.nodeType === 1 ? (node as Element) : null;
    const tag = element ? element.tagName.toUpperCase() : '';
    if (element) {
      if (SKIPPED.has(tag)) continue;
      if (options.skipHidden && (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true')) continue;
    }
    const pre = preformatted || tag === 'PRE';
    if (BLOCKS.has(tag)) {
      breakLine();
      stack.push({ node, preformatted: pre, leaving: true });
    }
    for (let child = node.lastChild; child; child = child.previousSibling) {
      stack.push({ node: child, preformatted: pre, leaving: false });
    }
  }
  let text = parts.join('');
  if (text.endsWith('\n')) text = text.slice(0, -1);
  return { text, segments };
}

function findSegment(segments: TextSegment[], index: number): TextSegment | undefined {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle]!;
    if (index < segment.start) high = middle - 1;
    else if (index >= segment.end) low = middle + 1;
    else return segment;
  }
  return undefined;
}

function nodeOffset(segment: TextSegment, index: number): number {
  const k = index - segment.start;
  return segment.offsets ? segment.offsets[k]! : segment.base + k;
}

/**
 * The live Range covering article text [start, end), or null when either end falls outside the mapped
 * text (a line break between blocks, or a node that has left the page since).
 */
export function rangeForSpan(doc: Document, article: ArticleText, start: number, end: number): Range | null {
  if (end <= start) return null;
  const first = findSegment(article.segments, start);
  const last = findSegment(article.segments, end - 1);
  if (!first || !last || !first.node.isConnected || !last.node.isConnected) return null;
  const range = doc.createRange();
  const startOffset = nodeOffset(first, start);
  const endOffset = nodeOffset(last, end - 1) + 1;
  if (startOffset > first.node.length || endOffset > last.node.length) return null;
  range.setStart(first.node, startOffset);
  range.setEnd(last.node, endOffset);
  return range;
}
