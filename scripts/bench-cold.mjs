// `npm run bench:cold`: the reader's first click, with the extension's background cold. The background is
// where the annotation runs; the browser puts it to sleep after 30 s idle, so most clicks find it with its
// model not yet decoded and its code not yet compiled. `npm run bench` clicks page after page and measures
// a warm one.
//
// Each run starts a new headless Chromium with the built extension, opens the sample article, opens the
// popup for it as a toolbar click would, and records from the click to highlights registered, and the
// round trip to the background ('annotate'). The background has started (the browser starts it on
// install) but has annotated nothing: a lower bound for a background woken from sleep, which must also
// load its scripts. Prints the runs and ends with `BENCH_COLD click_to_highlights_ms=<median> annotate_ms=<median>`.
// `--runs N` (default 7), `--no-build`; WHOSAID_EXT=DIR measures another build of the extension (an A/B).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { launchChromium } from '../test/e2e/browsers.mjs';
import { serve } from '../test/e2e/server.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 7;
if (!args.includes('--no-build')) {
  const built = spawnSync('npm', ['run', '--silent', 'build:test'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const server = await serve(resolve(root, 'test/e2e/pages'));
const url = `${server.origin}/alaska-summit.html`;
const clicks = [];
const annotates = [];
try {
  for (let run = 0; run < runs; run++) {
    const browser = await launchChromium(process.env.WHOSAID_EXT ?? resolve(root, 'dist/chrome-test'));
    try {
      const page = await browser.openPage(url);
      const popup = await browser.openPopup(await browser.tabIdOf(url));
      await popup.waitFor(() => !document.getElementById('results').hidden);
      // The popup opens on the click: its clock starts there. Both clocks are read as wall time.
      const clicked = await popup.evaluate(() => performance.timeOrigin);
      const page_ = await page.evaluate(() => {
        const highlight = performance.getEntriesByName('whosaid:highlight').at(-1);
        return {
          highlighted: performance.timeOrigin + highlight.startTime + highlight.duration,
          annotate: performance.getEntriesByName('whosaid:annotate')[0].duration,
        };
      });
      clicks.push(page_.highlighted - clicked);
      annotates.push(page_.annotate);
      console.log(`run ${run + 1}: click to highlights ${(page_.highlighted - clicked).toFixed(1)} ms, annotate ${page_.annotate.toFixed(1)} ms`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
console.log(`BENCH_COLD click_to_highlights_ms=${median(clicks).toFixed(1)} annotate_ms=${median(annotates).toFixed(1)}`);
