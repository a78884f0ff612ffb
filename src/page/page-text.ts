// The text readers' notes are anchored to: the whole visible page, not only Readability's article, so notes
// work on any page. Creating a note and re-anchoring it both read the page through `readPageText`: offsets
// saved by one are offsets the other understands.
import { buildArticleText, type ArticleText } from './article-text';
import type { TextSpan } from './anchoring/types';
import { trimSpan } from './anchoring/text-position';

/** Bounds the work on a 5 MB page; notes further down cannot be anchored and are listed as orphans. */
const MAX_PAGE_TEXT = 2_000_000;

/** The page's visible text under <body>, mapped to its live text nodes. */
export function readPageText(doc: Document): ArticleText {
  const root = doc.body ?? doc.documentElement;
  if (!root) return { text: '', segments: [] };
  return buildArticleText(root, { maxLength: MAX_PAGE_TEXT, skipHidden: true });
}

/** The span of page text a live Range covers, without surrounding white space; null when it covers none. */
export function spanOfRange(page: ArticleText, range: Range): TextSpan | null {
  let start = -1;
  let end = -1;
  for (const segment of page.segments) {
    if (!intersects(range, segment.node)) continue;
    const boundary = segment.node === range.startContainer || segment.node === range.endContainer;
    for (let index = segment.start; index < segment.end; index++) {
      // Only a text node holding a boundary is partly selected; the others lie wholly inside.
      if (boundary) {
        const offset = segment.offsets ? segment.offsets[index - segment.start]! : segment.base + index - segment.start;
        if (range.comparePoint(segment.node, offset) < 0 || range.comparePoint(segment.node, offset + 1) > 0) continue;
      }
      if (start === -1) start = index;
      end = index + 1;
    }
  }
  if (start === -1) return null;
  const span = trimSpan(page.text, { start, end });
  return span.end > span.start ? span : null;
}

function intersects(range: Range, node: Node): boolean {
  try {
    return range.intersectsNode(node);
  } catch {
    return false;
  }
}
