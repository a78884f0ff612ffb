import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { rangeForSpan } from '../article-text';
import { readPageText, spanOfRange } from '../page-text';

function documentOf(body: string): Document {
  return new JSDOM(`<!doctype html><html><body>${body}</body></html>`).window.document;
}

describe('page text for notes', () => {
  it('turns a selection across elements into the span of page text it covers, and back', () => {
    const doc = documentOf('<nav>Home</nav><p>The mayor   said the <em>bridge was</em> long overdue.</p>');
    const page = readPageText(doc);
    const range = doc.createRange();
    const em = doc.querySelector('em')!;
    range.setStart(doc.querySelector('p')!.firstChild!, 10);
    range.setEnd(em.firstChild!, 6);
    const span = spanOfRange(page, range)!;
    expect(page.text.slice(span.start, span.end)).toBe('said the bridge');
    expect(rangeForSpan(doc, page, span.start, span.end)!.toString()).toBe('said the bridge');
  });

  it('leaves out the white space and line breaks a selection takes along', () => {
    const doc = documentOf('<p>First paragraph.</p><p>Second one.</p>');
    const page = readPageText(doc);
    const range = doc.createRange();
    range.setStart(doc.body, 0);
    range.setEnd(doc.querySelectorAll('p')[1]!, 0);
    const span = spanOfRange(page, range)!;
    expect(page.text.slice(span.start, span.end)).toBe('First paragraph.');
  });

  it('gives no span for a selection of nothing but space', () => {
    const doc = documentOf('<p>a</p>   <p>b</p>');
    const page = readPageText(doc);
    const range = doc.createRange();
    range.setStart(doc.body.childNodes[1]!, 0);
    range.setEnd(doc.body.childNodes[1]!, 2);
    expect(spanOfRange(page, range)).toBeNull();
  });
});
