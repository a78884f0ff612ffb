import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildArticleText, rangeForSpan } from '../article-text';

function documentOf(body: string): Document {
  return new JSDOM(`<!doctype html><html><body>${body}</body></html>`).window.document;
}

describe('article text', () => {
  it('collapses whitespace as a browser renders it and breaks lines at blocks', () => {
    const doc = documentOf('<p>  Hello,\n   <b>big</b>   world. </p><p>Next\tline</p>');
    expect(buildArticleText(doc.body).text).toBe('Hello, big world.\nNext line');
  });

  it('keeps the lines of preformatted text', () => {
    const doc = documentOf('<pre>a  b\nc</pre>');
    expect(buildArticleText(doc.body).text).toBe('a  b\nc');
  });

  it('leaves out scripts, styles and hidden elements when asked', () => {
    const doc = documentOf('<p>shown</p><script>var x = "no";</script><style>p{}</style><p hidden>secret</p>');
    expect(buildArticleText(doc.body, { skipHidden: true }).text).toBe('shown');
  });

  it('maps a span across element boundaries to the exact live range', () => {
    const doc = documentOf('<p>“We are <em>putting   an end</em> to it,” Putin said.</p>');
    const article = buildArticleText(doc.body);
    const start = article.text.indexOf('We');
    const end = article.text.indexOf('”');
    const range = rangeForSpan(doc, article, start, end)!;
    expect(range.toString()).toBe('We are putting   an end to it,');
    expect(range.startContainer.textContent).toBe('“We are ');
  });

  it('gives no range for a span whose text node has left the page', () => {
    const doc = documentOf('<p id="gone">Putin said so.</p>');
    const article = buildArticleText(doc.body);
    doc.getElementById('gone')!.remove();
    expect(rangeForSpan(doc, article, 0, 5)).toBeNull();
  });

  it('stops near the length limit on huge pages', () => {
    const doc = documentOf('<p>word </p>'.repeat(10_000));
    const article = buildArticleText(doc.body, { maxLength: 1000 });
    expect(article.text.length).toBeLessThan(1010);
  });

  it('handles 10,000 nested elements', () => {
    // linkedom here: jsdom takes half a minute to build a tree this deep (an ancestor check per insertion).
    const doc = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
    let deepest: Element = doc.body;
    for (let i = 0; i < 10_000; i++) deepest = deepest.appendChild(doc.createElement('div'));
    deepest.textContent = 'deep text';
    expect(buildArticleText(doc.body).text).toBe('deep text');
  });
});
