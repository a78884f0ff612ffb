// Turns one input into the CLI's schema-1 document: HTML through Readability (jsdom as the DOM),
// anything else as the article text unchanged.
import { JSDOM, VirtualConsole } from 'jsdom';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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

function articleFromHtml(source: string, html: string, warn: (message: string) => void): ArticleInfo {
  // Scripts never run and nothing is fetched: jsdom's defaults; its CSS parser's complaints are dropped.
  const dom = new JSDOM(html, {
    url: source === '-' ? 'about:blank' : pathToFileURL(resolve(source)).href,
    virtualConsole: new VirtualConsole(),
  });
  const article = extractArticle(dom.window.document, { disposable: true });
  if (article) return article.info;
  warn('no article found; annotated the whole page');
  const fresh = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const whole = extractArticle(fresh.window.document, { wholePage: true, disposable: true });
  return whole?.info ?? { title: '', byline: '', siteName: '', lang: '', text: '' };
}

/** The annotated document for one input's text. */
export function annotateInput(source: string, content: string, options: AnnotateOptions): AnnotatedDocument {
  const article: ArticleInfo =
    !options.asText && isHtml(source, content)
      ? articleFromHtml(source, content, options.warn)
      : { title: '', byline: '', siteName: '', lang: '', text: content };
  const { entities, quotes } = annotate(article.text);
  return { schema: 1, source, article, entities, quotes };
}
