// `npm start`: the main job. With a display, opens Chromium with the freshly built extension on the sample
// article (a realistic news page served from 127.0.0.1) and its popup beside it. Without a display (a
// server, CI), prints the CLI's annotations of the sample article instead.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
/** Runs a step; `quiet` keeps a build's own log off standard output, which then holds only the result. */
const run = (command, args, quiet = false) => {
  const result = spawnSync(command, args, { cwd: root, stdio: ['inherit', quiet ? 'ignore' : 'inherit', 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display: printing the CLI\'s annotations of the sample article (test/fixtures/alaska-summit/article.txt).\n');
  run('npm', ['run', '--silent', 'build:cli'], true);
  run(process.execPath, ['bin/whosaid.js', 'annotate', '--format', 'md', 'test/fixtures/alaska-summit/article.txt']);
  process.exit(0);
}

run('npm', ['run', '--silent', 'build:test'], true);
const { chromium } = await import('playwright-core');
const { serve } = await import('../test/e2e/server.mjs');
const server = await serve(resolve(root, 'test/e2e/pages'));
const extension = resolve(root, 'dist/chrome-test');
const { mkdtempSync } = await import('node:fs');
const { tmpdir } = await import('node:os');
const context = await chromium.launchPersistentContext(mkdtempSync(resolve(tmpdir(), 'whosaid-start-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: false,
  viewport: null,
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-first-run', '--disable-background-networking'],
});
let [worker] = context.serviceWorkers();
worker ??= await context.waitForEvent('serviceworker');
const url = `${server.origin}/alaska-summit.html`;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
const tab = await worker.evaluate((u) => chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url === u)), url);
// The popup as a small window of its own beside the article, as if the toolbar button had been clicked.
const popupUrl = `chrome-extension://${new URL(worker.url()).host}/popup/popup.html?tab=${tab.id}`;
await worker.evaluate((u) => chrome.windows.create({ url: u, type: 'popup', width: 460, height: 800 }), popupUrl);
console.log(`WhoSaid is running on ${url}. Close the browser to stop.`);
context.on('close', () => server.close().then(() => process.exit(0)));
