// Adds a case to the quotation gold (test/fixtures/quotes/NAME/):
//
//   node scripts/add-quote-case.mjs PAGE.html NAME     article.txt as the CLI extracts it, and a gold.json
//   node scripts/add-quote-case.mjs --text FILE NAME   skeleton listing the candidate quotations (kinds and
//                                                      speakers left for a human to decide)
//   node scripts/add-quote-case.mjs --gold SPEC NAME   writes NAME/gold.json from a hand-written spec
//                                                      (format: scripts/quote-gold.mjs)
//
// Run `npm run build:cli` first. Pages from elsewhere need their licence beside them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldFromSpec } from './quote-gold.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const mode = args[0] === '--text' ? 'text' : args[0] === '--gold' ? 'gold' : 'page';
const [input, name] = mode === 'page' ? args : args.slice(1);
if (!input || !name || !/^[a-z0-9][a-z0-9-]*$/.test(name)) {
  process.stderr.write('usage: add-quote-case.mjs [--text|--gold] FILE NAME   (NAME in kebab-case)\n');
  process.exit(2);
}
const folder = join(root, 'test/fixtures/quotes', name);

function writeGold(quotes, notes) {
  const gold = { source: 'article.txt', notes, quotes };
  writeFileSync(join(folder, 'gold.json'), `${JSON.stringify(gold, null, 1)}\n`);
}

if (mode === 'gold') {
  const article = readFileSync(join(folder, 'article.txt'), 'utf8');
  const previous = existsSync(join(folder, 'gold.json')) ? JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')) : {};
  const quotes = goldFromSpec(article, readFileSync(input, 'utf8'));
  writeGold(quotes, previous.notes ?? 'Hand-annotated per QUOTES.md.');
  for (const q of quotes) {
    console.log(`${q.kind.padEnd(7)} ${q.speaker ?? '—'} [${q.speakerMention?.text ?? ''}@${q.speakerMention?.start ?? ''}] “${q.text.slice(0, 70)}”`);
  }
  console.log(`${quotes.length} quotations written to ${join(folder, 'gold.json')}`);
} else {
  const cliArgs = ['annotate', '--format', 'json', ...(mode === 'text' ? ['--text'] : []), input];
  const doc = JSON.parse(execFileSync(process.execPath, [join(root, 'bin/whosaid.js'), ...cliArgs], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'article.txt'), doc.article.text);
  // Candidates only: a human decides each kind and speaker (QUOTES.md) and deletes what is not a quotation.
  const quotes = doc.quotes.map((q) => ({ text: q.text, start: q.start, end: q.end, kind: 'TODO', speaker: null }));
  writeGold(quotes, `Candidates from ${input}; to be corrected by hand per QUOTES.md.`);
  console.log(`${quotes.length} candidate quotations in ${join(folder, 'gold.json')}`);
}
