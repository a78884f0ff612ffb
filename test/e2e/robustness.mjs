// The robustness suite: every generated hostile page (scripts/make-hostile-pages.mjs) gives a result or a
// clear message, with no uncaught error in the page or the extension, and the page's DOM untouched where
// the Highlight API paints.
import assert from 'node:assert/strict';

const PAGES = [
  'huge-text',
  'deep-nesting',
  'unbalanced-quotes',
  'right-to-left',
  'frames-and-shadow',
  'contenteditable',
  'changing-dom',
  'colliding-globals',
];
/** Pages whose own scripts change their DOM: the snapshot cannot be compared. */
const SELF_CHANGING = new Set(['changing-dom']);

const snapshot = () => document.head.outerHTML + document.body.outerHTML;

/** What the popup ended with: 'results', 'no-article', or the status message it shows. */
const popupOutcome = () => {
  if (!document.getElementById('results').hidden) return 'results';
  if (!document.getElementById('no-article').hidden) return 'no-article';
  const status = document.getElementById('status');
  return status.hidden || status.textContent.includes('Reading') ? false : status.textContent;
};

export const robustnessScenarios = Object.fromEntries(
  PAGES.map((name) => [
    `survives the hostile page “${name}”`,
    async (browser, origin) => {
      const url = `${origin}/hostile/${name}.html`;
      const page = await browser.openPage(url);
      const before = await page.evaluate(snapshot);
      const popup = await browser.openPopup(await browser.tabIdOf(url));
      const outcome = await popup.waitFor(popupOutcome, undefined, 90_000);
      assert.ok(['results', 'no-article'].includes(outcome), `a result or a clear message, not: ${outcome}`);
      if (name !== 'right-to-left') assert.equal(outcome, 'results');
      if (!SELF_CHANGING.has(name)) assert.equal(await page.evaluate(snapshot), before, 'the page’s DOM is unchanged');
      if (name === 'colliding-globals') {
        // The page clears the shared highlight registry every 200 ms; WhoSaid puts its highlights back, before
        // every frame once it has seen the page clear them. Looked at as a reader would, in the front tab (where
        // frames run), and watched from inside the page.
        await page.raw.bringToFront();
        const restored = await page.evaluate(
          () =>
            new Promise((resolve) => {
              // Seen cleared first, so what is seen after is put back, not the first painting.
              const end = Date.now() + 5000;
              let cleared = false;
              const watch = setInterval(() => {
                const seen = CSS.highlights.has('whosaid-quote');
                if (!seen) cleared = true;
                if ((cleared && seen) || Date.now() > end) {
                  clearInterval(watch);
                  resolve(cleared && seen);
                }
              }, 10);
            }),
        );
        assert.ok(restored, 'WhoSaid puts its highlights back after the page clears them');
      }
      const errors = [...page.errors, ...popup.errors];
      assert.deepEqual(errors, [], 'no uncaught error in the page or the extension');
      await popup.raw.close();
      await page.raw.close();
    },
  ]),
);
