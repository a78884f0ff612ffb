// Article extraction: Readability on a clone of the page, then the article text mapped back to the live
// page's own text nodes, so highlights land on the page the reader sees, not on a copy.
import { Readability } from '@mozilla/readability';
import type { ArticleInfo } from '../core/types';
import { buildArticleText, type ArticleText } from './article-text';
import { copyOfPage } from './page-copy';
import { runToEnd } from './slices';

export interface ExtractedArticle {
  info: ArticleInfo;
  /** The text and its map to live text nodes. */
  text: ArticleText;
  wholePage: boolean;
}

export interface ExtractOptions {
  /** Annotate the whole page rather than Readability's article (pages that are not articles). */
  wholePage?: boolean;
  /** Whether `doc` may be consumed by Readability (the CLI's own parsed copy): no clone, no mapping. */
  disposable?: boolean;
  /** Upper bound on the article text, so a 5 MB page stays responsive. */
  maxLength?: number;
}

/** Readability's article below this many characters is not an article worth annotating. */
const MIN_ARTICLE_LENGTH = 140;
export const DEFAULT_MAX_LENGTH = 2_000_000;

function metadata(doc: Document): Omit<ArticleInfo, 'text'> {
  return {
    title: (doc.title || '').trim(),
    byline: '',
    siteName: '',
    lang: doc.documentElement?.getAttribute('lang') || '',
  };
}

type ParsedArticle = ReturnType<Readability<Node>['parse']>;

/** Readability with the paused parse that scripts/readability-in-steps.mjs adds at build time. */
type SteppedReadability = Readability<Node> & { parseSteps?: () => Generator<void, ParsedArticle, void> };

const MAX_READABLE_DEPTH = 400;

/** Whether any element of `doc` is nested deeper than Readability can reasonably walk. */
function tooDeepForReadability(doc: Document): boolean {
  // An iterative walk over elements with a depth counter (plain DOM links, so any DOM library will do).
  let node: Element | null = doc.documentElement;
  let depth = 0;
  while (node) {
    if (depth > MAX_READABLE_DEPTH) return true;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      depth += 1;
      continue;
    }
    while (node && !node.nextElementSibling) {
      node = node.parentElement;
      depth -= 1;
    }
    node = node?.nextElementSibling ?? null;
  }
  return false;
}

/**
 * Points every segment at the live text node its clone came from. Readability moves text nodes without
 * rewriting them, but it may re-parse the page when its first pass finds too little; then the nodes are
 * new, and the live node is found by its text, in document order.
 */
function retarget(article: ArticleText, pairs: WeakMap<Text, Text>, liveTexts: Text[]): ArticleText {
  let cursor = 0;
  const byContent = (node: Text): Text | undefined => {
    for (let pass = 0; pass < 2; pass++) {
      const from = pass === 0 ? cursor : 0;
      const to = pass === 0 ? liveTexts.length : cursor;
      for (let i = from; i < to; i++) {
        if (liveTexts[i]!.data === node.data) {
          cursor = i + 1;
          return liveTexts[i];
        }
      }
    }
    return undefined;
  };
  const segments = [];
  for (const segment of article.segments) {
    const node = pairs.get(segment.node) ?? byContent(segment.node);
    if (node) segments.push({ ...segment, node });
  }
  return { text: article.text, segments };
}

/**
 * The extraction as steps, pausing (`yield`) between them so a caller can let the page run in between
 * (`runInSlices`) or run them at once (`extractArticle`). The copy of the page pairs each copied text node
 * with its live one as it is made (page-copy.ts), so the page changing between steps cannot mispair them.
 */
export function* extractionSteps(doc: Document, options: ExtractOptions = {}): Generator<void, ExtractedArticle | null, void> {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const base = metadata(doc);
  // Readability's cost grows with depth times size (it reads each candidate's whole text): on a page nested
  // thousands deep it would run for minutes. Such a page has no article structure to find; read it whole.
  const tooDeep = !options.wholePage && tooDeepForReadability(doc);
  if (options.wholePage || tooDeep) {
    const root = doc.body ?? doc.documentElement;
    if (!root) return null;
    if (tooDeep) yield;
    const text = buildArticleText(root, { maxLength, skipHidden: true });
    return { info: { ...base, text: text.text }, text, wholePage: true };
  }
  yield;
  const paired = options.disposable ? null : yield* copyOfPage(doc);
  yield;
  const reader = new Readability<Node>(paired?.copy ?? doc, { serializer: (node) => node }) as SteppedReadability;
  if (typeof reader.parseSteps !== 'function') {
    throw new Error('Readability was bundled without scripts/readability-in-steps.mjs: extraction cannot pause');
  }
  let parsed: ParsedArticle = null;
  try {
    parsed = yield* reader.parseSteps();
  } catch {
    parsed = null;
  }
  const content = parsed?.content;
  if (!parsed || !content) return null;
  yield;
  let text = buildArticleText(content, { maxLength });
  if (text.text.length < MIN_ARTICLE_LENGTH) return null;
  if (paired) {
    yield;
    text = retarget(text, paired.pairs, paired.liveTexts);
  }
  return {
    info: {
      title: (parsed.title || base.title).trim(),
      byline: (parsed.byline || '').trim(),
      siteName: (parsed.siteName || '').trim(),
      lang: parsed.lang || base.lang,
      text: text.text,
    },
    text,
    wholePage: false,
  };
}

/**
 * The article in `doc`, or null when the page has no article (and `wholePage` was not asked for).
 * Never modifies `doc` unless `disposable` is set.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle | null {
  return runToEnd(extractionSteps(doc, options));
}
