// Writes the robustness suite's hostile pages into test/e2e/pages/hostile/ (generated, not committed):
// pages built to break an annotator or the page it runs on. Run by the end-to-end tests before they start.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve(import.meta.dirname, '../test/e2e/pages/hostile');
mkdirSync(dir, { recursive: true });

const page = (title, body, head = '') =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>${head}</head>\n<body>${body}</body></html>\n`;

const story = (i) =>
  `<p>“We will keep the bridge open through the winter, whatever it costs,” Mayor Helen Carter said on day ${i}. ` +
  `The city council in Springfield voted to fund repairs, and Carter told reporters that the Transport Department agreed.</p>`;

// A deterministic generator, so every run builds the same pages.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

const pages = {
  // About 5 MB of article text.
  'huge-text': page('Five megabytes of news', `<article><h1>The longest story</h1>${Array.from({ length: 23_000 }, (_, i) => story(i)).join('\n')}</article>`),
  // Ten thousand nested elements around the article.
  // Ten thousand nested elements around the article. (Browsers' parsers cap the depth at 512 or so, as they
  // would for a real page; built by script instead, 10,000 levels crash Chromium's renderer by themselves.)
  'deep-nesting': page('Deeply nested', `${'<div>'.repeat(10_000)}<article><h1>Deep</h1>${story(1)}${story(2)}${story(3)}</article>${'</div>'.repeat(10_000)}`),
  // A thousand unbalanced quotation marks of every style.
  'unbalanced-quotes': page(
    'Unbalanced quotation marks',
    `<article><h1>Marks everywhere</h1>${story(1)}<p>${Array.from({ length: 1000 }, () => '“”‘’"\'«»„‚「」'[Math.floor(random() * 13)] + ' word').join(' ')}</p>${story(2)}</article>`,
  ),
  // Right-to-left text (Arabic and Hebrew) with quotation marks.
  'right-to-left': page(
    'نص من اليمين إلى اليسار',
    `<article dir="rtl" lang="ar"><h1>خبر</h1>${'<p>«سنبقي الجسر مفتوحاً طوال الشتاء»، قالت رئيسة البلدية هيلين كارتر يوم الثلاثاء في مؤتمر صحفي عقد في مبنى البلدية بحضور أعضاء المجلس.</p>'.repeat(12)}<p lang="he">„נשאיר את הגשר פתוח כל החורף“, אמרה ראש העיר.</p></article>`,
  ),
  // Text inside iframes and open shadow roots.
  'frames-and-shadow': page(
    'Frames and shadow roots',
    `<article><h1>Framed</h1>${story(1)}${story(2)}<iframe srcdoc="${story(3).replace(/"/g, '&quot;')}"></iframe><div id="host"></div>${story(4)}</article>
<script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(story(5))};</script>`,
  ),
  // Editable regions.
  'contenteditable': page('Editable', `<article contenteditable="true"><h1>Edit me</h1>${story(1)}${story(2)}${story(3)}</article><textarea>“Not a quote,” said the textarea.</textarea>`),
  // The page rewrites its DOM continually, including while WhoSaid annotates.
  'changing-dom': page(
    'A page that never stops changing',
    `<article><h1>Live</h1>${story(1)}<p id="ticker">tick 0</p>${story(2)}${story(3)}</article>
<script>
  let n = 0;
  setInterval(() => {
    n += 1;
    document.getElementById('ticker').textContent = 'tick ' + n;
    const p = document.createElement('p');
    p.className = 'update';
    p.textContent = '“Update ' + n + ' is in,” the editor said.';
    document.querySelector('article').appendChild(p);
    if (n % 3 === 0) document.querySelector('article .update').remove();
  }, 5);
</script>`,
  ),
  // Globals and CSS meant to collide with an extension's.
  'colliding-globals': page(
    'Collisions',
    `<article><h1>Collide</h1>${story(1)}${story(2)}${story(3)}</article>
<script>
  window.browser = { runtime: null }; window.chrome = { runtime: 'broken' }; window.Readability = function () { throw new Error('page Readability'); };
  window.Highlight = function () { throw new Error('page Highlight'); }; window.__whosaidContentLoaded = true;
  try { Object.defineProperty(window, 'CSS', { value: window.CSS, writable: false }); } catch (e) {}
  setInterval(() => { try { CSS.highlights.clear(); } catch (e) {} }, 200);
</script>`,
    `<style>whosaid-mark, whosaid-card, ::highlight(whosaid-quote) { display: none !important; color: red !important; } * { all: revert; }</style>`,
  ),
};

for (const [name, html] of Object.entries(pages)) writeFileSync(resolve(dir, `${name}.html`), html);
console.log(`wrote ${Object.keys(pages).length} hostile pages to ${dir}`);
