// `npm run bench:anchoring`: bundles scripts/bench-anchoring.ts (the anchoring code as the content script runs
// it) and runs it in headless Chromium on a generated long page: 200 notes re-anchored per visit. Prints the
// median time per visit for an unchanged page, a page with a paragraph inserted, a page with every noted
// passage edited and one with every noted passage removed, ending with `BENCH anchor200_ms=<worst of these>`.
import { build } from 'rolldown';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const file = resolve(root, 'node_modules/.cache/whosaid/bench-anchoring.js');
await build({
  input: resolve(root, 'scripts/bench-anchoring.ts'),
  platform: 'browser',
  output: { file, format: 'iife' },
  logLevel: 'warn',
});

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="en"><head><title>Long article</title></head><body></body></html>');
  await page.addScriptTag({ content: readFileSync(file, 'utf8') });
  const lines = await page.evaluate(() => globalThis.whosaidBenchAnchoring());
  console.log(lines.join('\n'));
} finally {
  await browser.close();
}
