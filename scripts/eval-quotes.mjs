// Scores the CLI against the hand-made quotation gold in test/fixtures/quotes/ (one folder a case:
// article.txt + gold.json). `npm run eval:quotes [-- FOLDER…]` builds the CLI first; the last line
// printed is `QUOTES F1 <x> SPEAKER <y>`. Rules: scripts/quote-scoring.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport, scoreDocument } from './quote-scoring.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const goldRoot = join(root, 'test/fixtures/quotes');

/** Case folders: those named on the command line (a path or a case name), or every case. */
function caseFolders(args) {
  if (args.length === 0) {
    return readdirSync(goldRoot, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(goldRoot, d.name, 'gold.json')))
      .map((d) => join(goldRoot, d.name))
      .sort();
  }
  return args.map((a) => (existsSync(join(a, 'gold.json')) ? resolve(a) : join(goldRoot, a)));
}

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const folders = caseFolders(args.filter((a) => !a.startsWith('--')));
for (const f of folders) {
  if (!existsSync(join(f, 'gold.json'))) {
    process.stderr.write(`eval-quotes: no gold.json in ${f}\n`);
    process.exit(2);
  }
}
// The CLI itself, on each case's article.txt (plain text: the offsets are the gold's).
const output = execFileSync(process.execPath, [join(root, 'bin/whosaid.js'), 'annotate', '--format', 'jsonl', ...folders.map((f) => join(f, 'article.txt'))], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
const annotated = output.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
const documents = folders.map((folder, i) => {
  const gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8'));
  return scoreDocument(basename(folder), annotated[i].quotes, gold.quotes);
});
console.log(formatReport(documents, { showErrors: !quiet }));
