// The page side of `npm run bench:anchoring` (scripts/bench-anchoring.mjs bundles it and runs it in headless
// Chromium): re-anchors 200 saved notes on a long page, the median of 7 runs after a warm-up, for four versions
// of the page: unchanged (each note at its old position), a paragraph inserted at the top (every note found by
// its quote), every noted passage edited (every note found by fuzzy matching), and every noted passage removed
// (200 orphans). A visit is what the content script does before the page goes on: read the page text from the
// DOM, look for each note where it was, by its quote and edited near its old place, and turn each anchor into
// a live Range. Notes still not found are then looked for across the whole page in short slices that never
// block the page (2 s of work at most in the extension); that search is timed apart.
import { anchorQuote } from '../src/page/anchoring/anchor';
import { describeSpan } from '../src/page/anchoring/text-position';
import { rangeForSpan } from '../src/page/article-text';
import { readPageText } from '../src/page/page-text';

/** A long article (about 20,000 words) and a page five times longer. */
const PARAGRAPHS = [400, 2000];
const NOTES = 200;
const RUNS = 7;

// A seeded generator, so every run benchmarks the same page and notes.
let seed = 42;
const random = (): number => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
// A vocabulary of 3,000 made-up words, the common ones far more frequent, as in English.
const SYLLABLES = 'ba ce di fo gu ha je ki lo mu na pe ri so tu va we xi yo zu an el in or us'.split(' ');
const VOCABULARY = Array.from({ length: 3000 }, (_, i) => {
  const length = 1 + (i % 4);
  return Array.from({ length }, (_, j) => SYLLABLES[(i * 7 + j * 13 + Math.floor(i / 26)) % SYLLABLES.length]).join('');
});
const word = (): string => VOCABULARY[Math.floor(random() ** 3 * VOCABULARY.length)]!;
const sentence = (): string => {
  const words = Array.from({ length: 12 + Math.floor(random() * 14) }, word);
  return `${words.join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
};

/** Puts `texts` in the page as paragraphs (every tenth with a word in <em>, as articles have). */
function pageOf(texts: string[]): Document {
  const article = document.createElement('article');
  for (const [i, text] of texts.entries()) {
    const p = document.createElement('p');
    const word = i % 10 === 0 ? / (\w+) /.exec(text) : null;
    if (word) {
      const em = document.createElement('em');
      em.textContent = word[1]!;
      p.append(text.slice(0, word.index + 1), em, text.slice(word.index + 1 + word[1]!.length));
    } else p.textContent = text;
    article.append(p);
  }
  document.body.replaceChildren(article);
  return document;
}

interface Note {
  index: number;
  quote: ReturnType<typeof describeSpan>[0];
  position: ReturnType<typeof describeSpan>[1];
}

/** A page of `count` paragraphs, 200 notes on it, and the page changed three ways. */
function makeCase(count: number) {
  const paragraphs = Array.from({ length: count }, () => `${sentence()} ${sentence()} ${sentence()}`);

  // 200 notes of 40 to 120 characters on distinct paragraphs, made as the extension makes them.
  const originalText = readPageText(pageOf(paragraphs)).text;
  const noted = new Set<number>();
  while (noted.size < NOTES) noted.add(Math.floor(random() * count));
  const notes: Note[] = [...noted].map((index) => {
    const paragraph = paragraphs[index]!;
    const at = originalText.indexOf(paragraph) + Math.floor(random() * 20);
    const length = 40 + Math.floor(random() * 80);
    const [quote, position] = describeSpan(originalText, at, at + length);
    return { index, quote, position };
  });

  const insertedParagraphs = ['Update: this article was corrected on Tuesday. '.repeat(3), ...paragraphs];
  const removedParagraphs = paragraphs.filter((_, index) => !noted.has(index));
  const editedParagraphs = [...paragraphs];
  for (const note of notes) {
    // A word changed inside each noted passage.
    const paragraph = editedParagraphs[note.index]!;
    const inside = paragraph.indexOf(note.quote.exact.slice(10, 30));
    editedParagraphs[note.index] = paragraph.slice(0, inside) + 'NEWWORD ' + paragraph.slice(inside + 4);
  }
  return { paragraphs, originalText, notes, insertedParagraphs, removedParagraphs, editedParagraphs };
}

interface Visit {
  /** The visit's blocking work: page text, every note looked for near its old place, ranges. */
  ms: number;
  text: number;
  anchor: number;
  ranges: number;
  /** The whole-page search for the notes left, which the content script runs afterwards in short slices. */
  far: number;
  placed: number;
  methods: Record<string, number>;
}

function visit(doc: Document, notes: Note[]): Visit {
  const start = performance.now();
  const page = readPageText(doc);
  const read = performance.now();
  const anchors = notes.map((note) => anchorQuote(page.text, note.quote, note.position, false));
  const anchored = performance.now();
  const methods: Record<string, number> = {};
  let placed = 0;
  for (const anchor of anchors) {
    if (anchor && rangeForSpan(doc, page, anchor.start, anchor.end)) placed += 1;
    if (anchor) methods[anchor.method] = (methods[anchor.method] ?? 0) + 1;
  }
  const end = performance.now();
  notes.forEach((note, index) => {
    if (anchors[index]) return;
    const anchor = anchorQuote(page.text, note.quote, note.position, true);
    if (anchor && rangeForSpan(doc, page, anchor.start, anchor.end)) placed += 1;
    if (anchor) methods[`${anchor.method} (far)`] = (methods[`${anchor.method} (far)`] ?? 0) + 1;
  });
  const far = performance.now() - end;
  return { ms: end - start, text: read - start, anchor: anchored - read, ranges: end - anchored, far, placed, methods };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs the benchmark; returns the lines to print. */
function bench(): string[] {
  const browser = navigator.userAgent.match(/(HeadlessChrome|Chrome|Firefox)\/[\d.]+/)?.[0] ?? 'browser';
  const lines: string[] = [];
  let worst = 0;
  for (const count of PARAGRAPHS) {
    const { paragraphs, originalText, notes, insertedParagraphs, removedParagraphs, editedParagraphs } = makeCase(count);
    lines.push(`Re-anchoring ${NOTES} notes on a page of ${originalText.length.toLocaleString('en')} characters (${count} paragraphs), ${browser}, median of ${RUNS} runs:`);
    for (const [name, texts] of [
      ['unchanged page', paragraphs],
      ['paragraph inserted at the top', insertedParagraphs],
      ['every noted passage edited', editedParagraphs],
      ['every noted passage removed', removedParagraphs],
    ] as const) {
      const doc = pageOf(texts);
      visit(doc, notes);
      const runs = Array.from({ length: RUNS }, () => visit(doc, notes));
      const ms = median(runs.map((run) => run.ms));
      worst = Math.max(worst, ms);
      const { placed, methods } = runs[0]!;
      const how = Object.entries(methods).map(([method, n]) => `${n} by ${method}`).join(', ');
      const part = (key: 'text' | 'anchor' | 'ranges' | 'far'): string => median(runs.map((run) => run[key])).toFixed(1);
      const far = median(runs.map((run) => run.far)) > 0 ? `; then, in slices, whole-page search ${part('far')} ms` : '';
      lines.push(`  ${name.padEnd(30)} ${ms.toFixed(1).padStart(6)} ms  (page text ${part('text')}, anchoring ${part('anchor')}, ranges ${part('ranges')}${far})  ${placed}/${NOTES} placed${how ? ` (${how})` : ''}`);
    }
  }
  lines.push(`BENCH anchor200_ms=${worst.toFixed(1)}`);
  return lines;
}

(globalThis as { whosaidBenchAnchoring?: () => string[] }).whosaidBenchAnchoring = bench;
