import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { copyAtOnce, copyOfPage, type PageCopy } from '../page-copy';

const page = readFileSync(resolve(import.meta.dirname, '../../../test/fixtures/pages/nytimes-1/source.html'), 'utf8');

function run(steps: Generator<void, PageCopy, void>, atPause: (pause: number) => void = () => undefined): { copy: PageCopy; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { copy: step.value, pauses };
    atPause(++pauses);
  }
}

/** Every copied text node is paired with a live text node of the same text, and all of them are. */
function expectPaired({ copy, pairs }: PageCopy, live: Document): void {
  const walker = copy.createTreeWalker(copy, 4);
  let count = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const pair = pairs.get(node);
    expect(pair?.data).toBe(node.data);
    expect(live.contains(pair!)).toBe(true);
    count++;
  }
  expect(count).toBeGreaterThan(0);
}

describe('the copy of the page', () => {
  it('is the page as a deep clone copies it, without the style sheets’ text, made in many small steps', () => {
    const doc = new JSDOM(page).window.document;
    const { copy, pauses } = run(copyOfPage(doc));
    const clone = doc.cloneNode(true) as Document;
    for (const style of clone.querySelectorAll('style')) style.textContent = '';
    expect(copy.copy.documentElement.outerHTML).toBe(clone.documentElement.outerHTML);
    expect(copy.copy.doctype?.name).toBe('html');
    expect(pauses).toBeGreaterThan(5);
    expectPaired(copy, doc);
    const styleTexts = [...doc.querySelectorAll('style')].filter((style) => style.firstChild).length;
    expect(styleTexts).toBeGreaterThan(0);
    expect(copy.liveTexts.length).toBe(copyAtOnce(doc).liveTexts.length - styleTexts);
  });

  it('leaves the page as it was', () => {
    const doc = new JSDOM(page).window.document;
    const before = doc.documentElement.outerHTML;
    run(copyOfPage(doc));
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('keeps its pairs right when the page changes behind it during a pause', () => {
    const doc = new JSDOM(page).window.document;
    const { copy } = run(copyOfPage(doc), (pause) => {
      if (pause === 2) doc.body.prepend(doc.createTextNode('Breaking news'));
    });
    expectPaired(copy, doc);
    expect(copy.copy.body.textContent).not.toContain('Breaking news');
  });

  it('is made again at once when the page removes what it was about to copy', () => {
    const doc = new JSDOM(page).window.document;
    const { copy } = run(copyOfPage(doc), (pause) => {
      // Everything in the body goes, the node next in line with it, and a new article takes its place.
      if (pause !== 2) return;
      doc.body.replaceChildren();
      const p = doc.createElement('p');
      p.textContent = 'A new article';
      doc.body.append(p);
    });
    expectPaired(copy, doc);
    expect(copy.copy.body.textContent).toBe('A new article');
  });

  it('is made again at once when the page moves a node it is copying inside', () => {
    const paragraphs = Array.from({ length: 600 }, (_, i) => `<p>Paragraph ${i}</p>`).join('');
    const doc = new JSDOM(`<body><div id="x"><p>Before</p></div><div id="a">${paragraphs}</div><p>After</p></body>`).window.document;
    const { copy } = run(copyOfPage(doc), (pause) => {
      // Inside #a at the first pause; #a goes to the top of the page, before #x, which was already copied.
      if (pause === 1) doc.body.prepend(doc.getElementById('a')!);
    });
    expect(copy.copy.body.textContent).toBe(doc.body.textContent);
    expectPaired(copy, doc);
  });
});
