// Runs a TypeScript script of this repository in Node: bundles it with Rolldown (Vite's bundler, already a
// dependency) into node_modules/.cache/whosaid/, packages left external but Readability, then runs it with the same arguments.
// Usage: node scripts/run-ts.mjs scripts/train-ner.ts [args…]
import { build } from 'rolldown';
import { renameSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readabilityInStepsPlugin } from './readability-in-steps.mjs';

const root = resolve(import.meta.dirname, '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args…]');
  process.exit(2);
}
const file = resolve(root, 'node_modules/.cache/whosaid', basename(entry).replace(/\.ts$/, '.mjs'));
// Each run bundles to its own file, then renames it into place: renaming is atomic, so two runs of the same
// script at once (two evaluations side by side) never import a bundle the other is half-way through writing.
const ownFile = `${file}.${process.pid}.tmp.mjs`;
await build({
  input: resolve(entry),
  platform: 'node',
  // Packages stay external, except Readability, which is built with its paused parse (readability-in-steps.mjs).
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && id !== '@mozilla/readability',
  plugins: [readabilityInStepsPlugin()],
  output: { file: ownFile, format: 'esm' },
  logLevel: 'warn',
});
renameSync(ownFile, file);
process.argv = [process.argv[0], file, ...args];
await import(pathToFileURL(file).href);
