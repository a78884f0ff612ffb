import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createHighlighter } from '../highlighter';

// jsdom has no CSS Custom Highlight API, so these exercise the fallback that wraps text in elements.
describe('highlighter without the Highlight API', () => {
  function setUp() {
    const doc = new JSDOM('<p id="p">“We are <em>sincerely</em> interested,” Putin said.</p>').window.document;
    const p = doc.getElementById('p')!;
    const range = doc.createRange();
    range.setStart(p.firstChild!, 1);
    range.setEnd(p.lastChild!, 12);
    return { doc, p, range };
  }

  it('wraps a range that crosses an element in <whosaid-mark> elements', () => {
    const { doc, p, range } = setUp();
    const highlighter = createHighlighter(doc);
    expect(highlighter.usesHighlightApi).toBe(false);
    highlighter.paint('quote', [range]);
    const marks = [...p.querySelectorAll('whosaid-mark')].map((mark) => mark.textContent).join('');
    expect(marks).toBe('We are sincerely interested,');
  });

  it('hides and shows a kind without unwrapping', () => {
    const { doc, p, range } = setUp();
    const highlighter = createHighlighter(doc);
    highlighter.paint('quote', [range]);
    highlighter.show('quote', false);
    expect(p.querySelectorAll('whosaid-mark[data-hidden]').length).toBeGreaterThan(0);
    highlighter.show('quote', true);
    expect(p.querySelectorAll('whosaid-mark[data-hidden]').length).toBe(0);
  });

  it('restores the page’s markup exactly when cleared', () => {
    const { doc, p, range } = setUp();
    const before = p.innerHTML;
    const highlighter = createHighlighter(doc);
    highlighter.paint('quote', [range]);
    highlighter.clear();
    expect(p.innerHTML).toBe(before);
  });
});
