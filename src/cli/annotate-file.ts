// Turns one input into the CLI's schema-1 document: HTML through Readability (linkedom as the DOM),
// anything else as the article text unchanged.
import { parseHTML } from 'linkedom';
import { annotate } from '../core/annotate';
import type { AnnotatedDocument, ArticleInfo } from '../core/types';
import { extractArticle } from '../page/extract';

export interface AnnotateOptions {
  /** Treat the input as text even if its name ends in .html. */
  asText: boolean;
  /** Called with a note for the reader (written to standard error). */
  warn: (message: string) => void;
}

export function isHtml(source: string, text: string): boolean {
  if (/\.x?html?$/i.test(source)) return true;
  // Standard input has no name: look at the start of the text.
  return source === '-' && /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 1000));
}

/**
 * linkedom rather than jsdom: the CLI only needs a document to read, and linkedom parses pages several
 * times faster (no CSS engine, no script host), which is what bulk annotation pays for. No script runs and
 * nothing is fetched.
 */
function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function articleFromHtml(html: string, warn: (message: string) => void): ArticleInfo {
  const article = extractArticle(parse(html), { disposable: true });
  if (article) return article.info;
  warn('no article found; annotated the whole page');
  const whole = extractArticle(parse(html), { wholePage: true, disposable: true });
  return whole?.info ?? { title: '', byline: '', siteName: '', lang: '', text: '' };
}

/** The annotated document for one input's text. */
export function annotateInput(source: string, content: string, options: AnnotateOptions): AnnotatedDocument {
  const article: ArticleInfo =
    !options.asText && isHtml(source, content)
      ? articleFromHtml(content, options.warn)
      : { title: '', byline: '', siteName: '', lang: '', text: content };
  const { entities, quotes } = annotate(article.text);
  return { schema: 1, source, article, entities, quotes };
}
