// `npm run bench:quotes`: how long annotate() takes on a 2,000-word news article in Node, warm, and
// how that splits between entity recognition and quotations + attribution. The article is the
// quotation gold's own cases (test/fixtures/quotes/*/article.txt, in name order) joined up to 2,000
// words: real reporting prose, dense with quotations. Prints medians of many runs and ends with
// `BENCH_QUOTES annotate_ms=<x> entities_ms=<y> quotes_ms=<z> words=<n>`.
import { build } from 'rolldown';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const cache = join(root, 'node_modules/.cache/whosaid');
mkdirSync(cache, { recursive: true });

// The core, bundled as the CLI bundles it (with the named-entity model when the repository ships one).
const entry = join(cache, 'bench-quotes-entry.ts');
const model = join(root, 'models/ner-model.js');
writeFileSync(
  entry,
  `${existsSync(model) ? `import ${JSON.stringify(model)};\n` : ''}export { annotate } from ${JSON.stringify(join(root, 'src/core/annotate.ts'))};
export { annotateWith } from ${JSON.stringify(join(root, 'src/core/annotate-with.ts'))};
export { recogniseEntities } from ${JSON.stringify(join(root, 'src/core/entities.ts'))};
`,
);
const bundle = join(cache, 'bench-quotes.mjs');
await build({ input: entry, platform: 'node', output: { file: bundle, format: 'esm' }, logLevel: 'warn' });
const { annotate, annotateWith, recogniseEntities } = await import(pathToFileURL(bundle).href);

function articleOfWords(target) {
  const casesDir = join(root, 'test/fixtures/quotes');
  const paragraphs = [];
  let words = 0;
  for (const name of readdirSync(casesDir).sort()) {
    const file = join(casesDir, name, 'article.txt');
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (words >= target) break;
      const count = line.split(/\s+/).filter(Boolean).length;
      if (count === 0) continue;
      paragraphs.push(line);
      words += count;
    }
  }
  return { text: paragraphs.join('\n'), words };
}

function median(fn, runs) {
  // Warm-up: lazily built tables, and V8's optimising compiler. 20 calls were too few: the first ~100 timed
  // calls still ran partly unoptimised code, so whichever function was timed first looked 30–40% slower.
  for (let i = 0; i < 100; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] };
}

const runs = Number(process.argv[2] ?? 200);
const { text, words } = articleOfWords(2000);
const entities = recogniseEntities(text);
const whole = median(() => annotate(text), runs);
const entityTime = median(() => recogniseEntities(text), runs);
const quoteTime = median(() => annotateWith(text, () => entities), runs);
const result = annotate(text);
const f = (x) => x.toFixed(2);
console.log(`article: ${words} words, ${text.length} characters, ${result.quotes.length} quotations, ${result.entities.length} entities; ${runs} runs each`);
console.log(`annotate (everything)        median ${f(whole.median)} ms  p95 ${f(whole.p95)} ms`);
console.log(`  entity recognition         median ${f(entityTime.median)} ms  p95 ${f(entityTime.p95)} ms`);
console.log(`  quotations + attribution   median ${f(quoteTime.median)} ms  p95 ${f(quoteTime.p95)} ms`);
console.log(`BENCH_QUOTES annotate_ms=${f(whole.median)} entities_ms=${f(entityTime.median)} quotes_ms=${f(quoteTime.median)} words=${words}`);
