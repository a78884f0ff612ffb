// `npm run bench`: WhoSaid in headless Chromium on every page of the corpus, against Readability alone.
//
// For each page: Readability alone parses the page (a fresh copy of Readability, cold, in the page's own
// world), then the popup is opened for the tab as a toolbar click would, and we record from the click to
// highlights registered, the content script's stages (performance.measure entries whosaid:*; 'annotate' is
// the round trip to the background, which annotates; 'extract' and 'highlight' are wall times over several
// tasks), the overhead around them (the popup opening, injecting the content script, messages), the longest
// main-thread task of the page (PerformanceObserver 'longtask', and the content script's own whosaid:slice
// measures), the JS heap growth after annotation (CDP, after garbage collection), and the popup's time to list. Writes bench/results.tsv and
// prints medians and p95, ending with `BENCH median_ratio=<x> p95_ratio=<y> max_task_ms=<z>`.
//
// Reads the corpus from ../shared/corpus/readability-pages when it is there (this machine only), else
// test/fixtures/pages. `--pages a,b` limits the run; `--no-build` skips the build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '../test/e2e/server.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const only = args.includes('--pages') ? args[args.indexOf('--pages') + 1].split(',') : null;
const shared = resolve(root, '../shared/corpus/readability-pages');
const corpus = existsSync(shared) ? shared : resolve(root, 'test/fixtures/pages');

if (!args.includes('--no-build')) {
  const built = spawnSync('npm', ['run', '--silent', 'build:test'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const pages = readdirSync(corpus, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(corpus, entry.name, 'source.html')))
  .map((entry) => entry.name)
  .filter((name) => !only || only.includes(name))
  .sort();

const server = await serve(corpus);
const { chromium } = await import('playwright-core');
const extension = resolve(root, 'dist/chrome-test');
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'whosaid-bench-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--enable-precise-memory-info',
    `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
  ],
});
let [worker] = context.serviceWorkers();
worker ??= await context.waitForEvent('serviceworker');
const extensionId = new URL(worker.url()).host;
// Corpus pages reference resources that are not there; don't let them slow the run down.
// Only the page's HTML is served: its images, scripts and styles are not in the corpus, and the machine
// has no network. (Extension pages are not web requests and are not routed.)
await context.route(/^https?:/, (route) => {
  const url = new URL(route.request().url());
  return url.origin === server.origin && url.pathname.endsWith('/source.html') ? route.continue() : route.abort();
});

const readabilityPath = resolve(root, 'node_modules/@mozilla/readability/Readability.js');

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function measurePage(name) {
  const page = await context.newPage();
  const url = `${server.origin}/${name}/source.html`;
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  const cdp = await context.newCDPSession(page);
  await page.addScriptTag({ path: readabilityPath });
  const readabilityMs = await page.evaluate(() => {
    const start = performance.now();
    new window.Readability(document.cloneNode(true)).parse();
    return performance.now() - start;
  });
  const words = await page.evaluate(() => (document.body?.innerText ?? '').split(/\s+/).filter(Boolean).length);
  await page.evaluate(() => {
    window.__whosaidLongest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__whosaidLongest = Math.max(window.__whosaidLongest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const heapBefore = await heapUsed(cdp);
  const tabId = await worker.evaluate((u) => chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url === u)?.id), url);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup/popup.html?tab=${tabId}`);
  const outcome = await popup
    .waitForFunction(() => {
      const status = document.getElementById('status');
      if (!document.getElementById('results').hidden) return 'annotated';
      if (!document.getElementById('no-article').hidden) return 'no-article';
      return status && !status.hidden && !status.textContent.includes('Reading') ? status.textContent : false;
    }, null, { timeout: 60_000 })
    .then((handle) => handle.jsonValue());
  const popupTimes = await popup.evaluate(() => ({
    origin: performance.timeOrigin,
    start: performance.getEntriesByName('whosaid:popup-start')[0]?.startTime ?? null,
    clickToHighlights: performance.getEntriesByName('whosaid:annotated')[0]?.startTime ?? null,
    render: performance.getEntriesByName('whosaid:popup-render')[0]?.duration ?? null,
  }));
  // When the page started on the request, on the popup's clock (both clocks count from their time origin).
  const pageRequest = await page.evaluate(() => {
    const mark = performance.getEntriesByName('whosaid:request')[0];
    return mark ? performance.timeOrigin + mark.startTime : null;
  });
  // Let a frame pass so a long task that ends the annotation is reported.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  const stages = await page.evaluate(() => {
    const sum = (name) => performance.getEntriesByName(`whosaid:${name}`).reduce((total, entry) => total + entry.duration, 0);
    const slices = performance.getEntriesByName('whosaid:slice').map((entry) => entry.duration);
    return {
      extract: sum('extract'),
      annotate: sum('annotate'),
      highlight: sum('highlight'),
      // Annotation runs in the extension's background, not on the page's thread. Extraction and painting
      // run in slices (whosaid:slice, one task each or part of one); the browser's long tasks catch the rest.
      longest: Math.max(window.__whosaidLongest, ...slices),
    };
  });
  const heapAfter = await heapUsed(cdp);
  await popup.close();
  await page.close();
  return {
    name,
    words,
    outcome,
    readabilityMs,
    clickToHighlightsMs: popupTimes.clickToHighlights,
    ...stages,
    // Everything between the click and the highlights that is not a stage: the popup opening (until its
    // first script runs), injecting the content script (until the page starts), and the rest (messages).
    overheadMs: popupTimes.clickToHighlights === null ? null : popupTimes.clickToHighlights - stages.extract - stages.annotate - stages.highlight,
    popupOpenMs: popupTimes.start,
    injectMs: pageRequest === null || popupTimes.start === null ? null : pageRequest - popupTimes.origin - popupTimes.start,
    popupRenderMs: popupTimes.render,
    heapGrowthMb: (heapAfter - heapBefore) / 2 ** 20,
  };
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const fixed = (value, digits = 1) => (value === null || value === undefined || Number.isNaN(value) ? '' : value.toFixed(digits));

const rows = [];
for (const name of pages) {
  try {
    const row = await measurePage(name);
    rows.push(row);
    process.stderr.write(`${name}: ${row.outcome}, ${fixed(row.clickToHighlightsMs)} ms vs Readability ${fixed(row.readabilityMs)} ms\n`);
  } catch (error) {
    rows.push({ name, outcome: `error: ${String(error.message ?? error).split('\n')[0]}` });
    process.stderr.write(`${name}: error ${error.message}\n`);
  }
}
await context.close();
await server.close();

const columns = ['name', 'words', 'outcome', 'readabilityMs', 'clickToHighlightsMs', 'extract', 'annotate', 'highlight', 'overheadMs', 'popupOpenMs', 'injectMs', 'longest', 'popupRenderMs', 'heapGrowthMb'];
mkdirSync(resolve(root, 'bench'), { recursive: true });
const table = [columns.join('\t'), ...rows.map((row) => columns.map((column) => (typeof row[column] === 'number' ? fixed(row[column], 2) : row[column] ?? '')).join('\t'))];
writeFileSync(resolve(root, 'bench/results.tsv'), table.join('\n') + '\n');

const measured = rows.filter((row) => row.outcome === 'annotated' && row.clickToHighlightsMs !== null && row.readabilityMs > 0);
const ratios = measured.map((row) => row.clickToHighlightsMs / row.readabilityMs);
const underTenThousand = measured.filter((row) => row.words < 10_000);
const maxTask = Math.max(0, ...underTenThousand.map((row) => row.longest));
const errors = rows.filter((row) => row.outcome.startsWith('error'));
console.log(`pages: ${rows.length} (annotated ${measured.length}, no article ${rows.filter((r) => r.outcome === 'no-article').length}, errors ${errors.length})`);
console.log(`click to highlights, ms: median ${fixed(quantile(measured.map((r) => r.clickToHighlightsMs), 0.5))}, p95 ${fixed(quantile(measured.map((r) => r.clickToHighlightsMs), 0.95))}`);
console.log(`overhead (click to highlights less the stages), ms: median ${fixed(quantile(measured.map((r) => r.overheadMs), 0.5))}, p95 ${fixed(quantile(measured.map((r) => r.overheadMs), 0.95))}`);
console.log(`  of which the popup opening, ms: median ${fixed(quantile(measured.map((r) => r.popupOpenMs ?? 0), 0.5))}; injecting until the page starts: median ${fixed(quantile(measured.map((r) => r.injectMs ?? 0), 0.5))}`);
console.log(`Readability alone, ms: median ${fixed(quantile(measured.map((r) => r.readabilityMs), 0.5))}, p95 ${fixed(quantile(measured.map((r) => r.readabilityMs), 0.95))}`);
console.log(`popup lists in, ms: median ${fixed(quantile(measured.map((r) => r.popupRenderMs ?? 0), 0.5))}, max ${fixed(Math.max(0, ...measured.map((r) => r.popupRenderMs ?? 0)))}`);
console.log(`heap growth, MB: median ${fixed(quantile(measured.map((r) => r.heapGrowthMb), 0.5), 2)}, max ${fixed(Math.max(0, ...measured.map((r) => r.heapGrowthMb)), 2)}`);
console.log(`table: bench/results.tsv`);
console.log(`BENCH median_ratio=${fixed(quantile(ratios, 0.5), 2)} p95_ratio=${fixed(quantile(ratios, 0.95), 2)} max_task_ms=${fixed(maxTask, 0)}`);
