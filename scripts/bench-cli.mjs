// `npm run bench:cli`: the CLI's throughput on the corpus, as a user runs it: one `whosaid annotate
// --format jsonl` over every page, timed end to end (start-up included). Prints pages per second and
// tokens (whitespace-separated words of the extracted article texts) per second.
// Reads ../shared/corpus/readability-pages when it is there (this machine only), else test/fixtures/pages.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared/corpus/readability-pages');
const corpus = existsSync(shared) ? shared : resolve(root, 'test/fixtures/pages');
const files = readdirSync(corpus, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(corpus, entry.name, 'source.html')))
  .map((entry) => join(corpus, entry.name, 'source.html'));

const built = spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (built.status !== 0) process.exit(built.status ?? 1);

const runs = [];
let tokens = 0;
let failed = '';
for (let run = 0; run < 3; run++) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['bin/whosaid.js', 'annotate', '--format', 'jsonl', ...files], {
    cwd: root,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  runs.push(Number(process.hrtime.bigint() - started) / 1e9);
  failed = result.stderr;
  tokens = result.stdout
    .split('\n')
    .filter(Boolean)
    .reduce((total, line) => total + JSON.parse(line).article.text.split(/\s+/).filter(Boolean).length, 0);
}
const seconds = [...runs].sort((a, b) => a - b)[1];
if (failed.trim()) console.log(`notes on standard error:\n${failed.trim()}\n`);
console.log(`${files.length} pages, ${tokens} tokens, median of 3 runs: ${seconds.toFixed(2)} s`);
console.log(`BENCH_CLI pages_per_s=${(files.length / seconds).toFixed(1)} tokens_per_s=${Math.round(tokens / seconds)}`);
