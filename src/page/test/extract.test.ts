import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { rangeForSpan } from '../article-text';
import { extractArticle, extractionSteps } from '../extract';

const page = readFileSync(resolve(import.meta.dirname, '../../../test/e2e/pages/alaska-summit.html'), 'utf8');

describe('article extraction', () => {
  it('finds the article of a news page and leaves out navigation, sharing and comments', () => {
    const doc = new JSDOM(page).window.document;
    const article = extractArticle(doc)!;
    expect(article.info.title).toContain('Putin');
    expect(article.info.siteName).toBe('The Daily Ledger');
    expect(article.info.text).toContain('“We are sincerely interested in putting an end to it,” Putin said');
    expect(article.info.text).not.toContain('reader42');
    expect(article.info.text).not.toContain('Markets rally');
  });

  it('maps article text to the live page, not to Readability’s copy', () => {
    const doc = new JSDOM(page).window.document;
    const before = doc.body.outerHTML;
    const article = extractArticle(doc)!;
    expect(doc.body.outerHTML).toBe(before);
    const start = article.info.text.indexOf('brotherly nation');
    const range = rangeForSpan(doc, article.text, start, start + 'brotherly nation'.length)!;
    expect(range.toString()).toBe('brotherly nation');
    expect(doc.body.contains(range.startContainer)).toBe(true);
  });

  it('maps to the right live text when the page changes between the extraction’s steps', () => {
    const doc = new JSDOM(page).window.document;
    const steps = extractionSteps(doc);
    let step = steps.next();
    // Once the page has been copied, it changes: a paragraph with the same words goes before the article.
    for (let pauses = 0; !step.done && pauses < 2; pauses++) step = steps.next();
    const intro = doc.createElement('p');
    intro.textContent = 'Breaking: brotherly nation';
    doc.body.prepend(intro);
    while (!step.done) step = steps.next();
    const article = step.value!;
    const start = article.info.text.indexOf('brotherly nation');
    const range = rangeForSpan(doc, article.text, start, start + 'brotherly nation'.length)!;
    expect(range.toString()).toBe('brotherly nation');
    expect(intro.contains(range.startContainer)).toBe(false);
  });

  it('returns null for a page without an article, and the whole text when asked', () => {
    const doc = new JSDOM('<body><nav><a href="/">Home</a></nav><p>Open 9 to 5.</p></body>').window.document;
    expect(extractArticle(doc)).toBeNull();
    expect(extractArticle(doc, { wholePage: true })!.info.text).toBe('Home\nOpen 9 to 5.');
  });
});
