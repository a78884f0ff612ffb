// `npm run bench:long`: how the entity recogniser's time grows with the length of one text. A long page, or a
// corpus file with no document breaks, is read as one text, and work that compares every name with every other
// name (or searches the whole text once per name) makes its time grow as the square of its length.
//
//   npm run bench:long [-- FILE] [--copies 1,4,16]
//
// Joins the documents of FILE (stories annotated inline, as test/fixtures/ner/news-blind-h.txt, the default: a
// wire service's day with its results tables; or a CoNLL-style file) into one text and times recogniseEntities
// on 1, 4 and 16 copies of it, warm, the fastest of five runs each. Ends with one line:
// BENCH_LONG at_1x=<tokens per second, one copy> at_<n>x=<at n copies>… slowdown=<time per copy at the most copies ÷ at the fewest>.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import '../models/ner-model.js';
import { recogniseEntities } from '../src/core/entities';
import { readBracketed, readConll } from '../src/core/ner/corpus';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const file = resolve(args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'test/fixtures/ner/news-blind-h.txt');
const copies = (option('copies') ?? '1,4,16').split(',').map(Number);
if (copies.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('bench-long-text: --copies takes whole numbers from 1, such as 1,4,16');
  process.exit(2);
}
let content: string;
try {
  content = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`bench-long-text: cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}
const documents = /^# story:/m.test(content) ? readBracketed(content, file) : readConll(content, file);
const base = documents.map((document) => document.text).join('\n\n');
const baseTokens = documents.reduce((total, document) => total + document.tokens.length, 0);
if (baseTokens === 0) {
  console.error(`bench-long-text: ${file} holds no tokens`);
  process.exit(2);
}

// Warm up: the recogniser is large, and its time settles only after some twenty runs of a text this long.
for (let run = 0; run < 25; run++) recogniseEntities(base);
const perCopy: number[] = [];
for (const n of copies) {
  const text = Array(n).fill(base).join('\n\n');
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    recogniseEntities(text);
    best = Math.min(best, performance.now() - started);
  }
  perCopy.push(best / n);
  console.log(`${String(n).padStart(3)} ${n === 1 ? 'copy ' : 'copies'}: ${text.length.toLocaleString('en')} characters, ${(baseTokens * n).toLocaleString('en')} tokens, ${best.toFixed(0)} ms, ${Math.round((baseTokens * n) / (best / 1000)).toLocaleString('en')} tokens/s`);
}
const rates = copies.map((n, i) => `at_${n}x=${Math.round(baseTokens / (perCopy[i]! / 1000))}`);
console.log(`BENCH_LONG ${rates.join(' ')} slowdown=${(perCopy[perCopy.length - 1]! / perCopy[0]!).toFixed(2)}`);
