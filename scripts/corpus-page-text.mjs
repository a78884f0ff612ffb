// `node scripts/corpus-page-text.mjs PAGE… > FILE`: the text of Readability corpus pages, for annotating by hand
// as a named-entity test set (test/fixtures/ner/real-news/). Reads ../shared/corpus/readability-pages (this
// machine only): each page's expected Readability output (expected.html), its title first, then one block (a
// paragraph, heading, list item, caption, quotation or table cell) a line, under a `# story: PAGE` line. Square
// brackets become round ones, as `[TYPE …]` marks the names in the annotated copy.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';

const corpus = resolve(import.meta.dirname, '../../shared/corpus/readability-pages');
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, figcaption, blockquote, td, pre';
// A block holding one of these is left to them (a caption's own text, outside its paragraphs, is kept).
const INNER_BLOCKS = 'p, li, h1, h2, h3, h4, blockquote, td, pre';
const pages = process.argv.slice(2);
if (pages.length === 0) {
  console.error('usage: node scripts/corpus-page-text.mjs PAGE… (names of folders in ../shared/corpus/readability-pages)');
  process.exit(2);
}
for (const page of pages) {
  const html = readFileSync(resolve(corpus, page, 'expected.html'), 'utf8');
  const { title } = JSON.parse(readFileSync(resolve(corpus, page, 'expected-metadata.json'), 'utf8'));
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const lines = title ? [title] : [];
  for (const block of document.querySelectorAll(BLOCKS)) {
    // The innermost blocks only, so no text is written twice.
    if (block.querySelector(INNER_BLOCKS)) continue;
    const text = block.textContent.replace(/\s+/g, ' ').trim();
    if (text) lines.push(text);
  }
  const clean = (line) => line.replace(/\s+/g, ' ').trim().replace(/\[/g, '(').replace(/\]/g, ')');
  process.stdout.write(`# story: ${page}\n${lines.map(clean).join('\n')}\n`);
}
