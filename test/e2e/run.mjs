// End-to-end tests: the built extension (dist/*-test, which may script http://127.0.0.1) in real Chromium
// and Firefox, driven through its popup as a reader would. Prints "N passed, M failed"; exits non-zero on
// any failure. `WHOSAID_BROWSERS=chromium` runs one browser, `WHOSAID_ONLY=text` the scenarios whose title
// contains the text; `UPDATE_SCREENSHOTS=1` refreshes the README's screenshots.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium, launchFirefox } from './browsers.mjs';
import { robustnessScenarios } from './robustness.mjs';
import { noteScenarios } from './notes.mjs';
import { serve } from './server.mjs';

const root = resolve(import.meta.dirname, '../..');
const gold = JSON.parse(readFileSync(resolve(root, 'test/fixtures/alaska-summit/gold.json'), 'utf8'));
const results = resolve(root, 'test-results');
mkdirSync(results, { recursive: true });

const squash = (text) => text.replace(/\s+/g, ' ').trim();

/** The page's own DOM, as its scripts see it. */
const snapshot = () => document.head.outerHTML + document.body.outerHTML;

/** The text of every range WhoSaid registered under a highlight name (the registry is the page's). */
const highlighted = (name) => {
  const highlight = CSS.highlights.get(name);
  return highlight ? [...highlight].map((range) => range.toString()) : [];
};

async function listed(popup) {
  return popup.evaluate(() =>
    [...document.querySelectorAll('#results .item')].map((item) => ({
      kind: item.dataset.kind,
      speaker: item.dataset.speaker ?? null,
      text: item.textContent,
    })),
  );
}

const scenarios = {
  async 'lists the sample article’s quotations under Vladimir Putin and highlights the exact text'(browser, origin) {
    const url = `${origin}/alaska-summit.html`;
    const page = await browser.openPage(url);
    const before = await page.evaluate(snapshot);
    const popup = await browser.openPopup(await browser.tabIdOf(url));
    await popup.waitFor(() => document.querySelectorAll('[data-kind="quote"]').length > 0);
    const items = await listed(popup);

    const quotes = items.filter((item) => item.kind === 'quote');
    const direct = gold.quotes.filter((quote) => quote.kind !== 'term');
    for (const quote of direct) {
      const shown = quotes.find((item) => squash(item.text).includes(squash(quote.text).slice(0, 40)));
      assert.ok(shown, `the popup lists “${quote.text.slice(0, 40)}…”`);
      assert.equal(shown.speaker, 'Vladimir Putin', `“${quote.text.slice(0, 30)}…” is listed under Vladimir Putin`);
    }
    assert.ok(quotes.every((item) => item.speaker === 'Vladimir Putin'), 'every quotation is Putin’s');
    const people = items.filter((item) => item.kind === 'person').map((item) => item.text);
    assert.ok(people.some((name) => name.includes('Vladimir Putin')), `People lists Vladimir Putin: ${people}`);
    assert.ok(people.some((name) => name.includes('Trump')), `People lists Trump: ${people}`);

    const quoteRanges = (await page.evaluate(highlighted, 'whosaid-quote')).map(squash);
    for (const quote of gold.quotes) {
      assert.ok(quoteRanges.includes(squash(quote.text)), `“${quote.text.slice(0, 30)}…” is highlighted exactly`);
    }
    const personRanges = await page.evaluate(highlighted, 'whosaid-person');
    assert.ok(personRanges.includes('Vladimir Putin') && personRanges.includes('Trump'), `people highlighted: ${personRanges}`);
    assert.ok((await page.evaluate(highlighted, 'whosaid-place')).includes('Kyiv'), 'Kyiv, inside a link, is highlighted');

    // Clicking the last quotation scrolls the page to it and flashes it.
    assert.equal(await page.evaluate(() => scrollY), 0);
    const last = quotes.length - 1;
    await popup.evaluate((index) => document.querySelectorAll('[data-kind="quote"]')[index].click(), last);
    await page.waitFor(() => scrollY > 100);
    assert.ok((await page.evaluate(highlighted, 'whosaid-flash')).length === 1, 'the clicked quotation flashes');

    // The speaker's name steps through the speaker's quotations, starting with the first.
    await popup.click('[data-kind="speaker"]');
    await page.waitFor(() => CSS.highlights.get('whosaid-flash') && [...CSS.highlights.get('whosaid-flash')][0]?.toString() === 'brotherly nation');

    // Toggling quotes off removes their highlight; on again restores it.
    await popup.click('[data-toggle="quote"]');
    await page.waitFor(() => !CSS.highlights.has('whosaid-quote'));
    await popup.click('[data-toggle="quote"]');
    await page.waitFor(() => CSS.highlights.has('whosaid-quote'));

    assert.equal(await page.evaluate(snapshot), before, 'the page’s DOM is unchanged');
    await page.click('#share-count');
    assert.equal(await page.evaluate(() => document.getElementById('share-count').textContent), 'Share (1)', 'the page’s own script still works');

    if (browser.name === 'chromium') {
      await page.evaluate(() => scrollTo(0, 0));
      await page.screenshot(resolve(results, 'highlighted-article.png'));
      await popup.screenshot(resolve(results, 'popup.png'), true);
      if (process.env.UPDATE_SCREENSHOTS) {
        for (const name of ['highlighted-article.png', 'popup.png']) copyFileSync(resolve(results, name), resolve(root, 'docs', name));
      }
    }
    assert.deepEqual([...page.errors, ...popup.errors], [], 'no errors in either console');
  },

  async 'shows markup in page text as text and runs none of it'(browser, origin) {
    const url = `${origin}/hostile.html`;
    const page = await browser.openPage(url);
    const before = await page.evaluate(snapshot);
    const popup = await browser.openPopup(await browser.tabIdOf(url));
    await popup.waitFor(() => document.querySelectorAll('[data-kind="quote"]').length > 0);
    const items = await listed(popup);
    assert.ok(items.some((item) => item.text.includes("<img src=x onerror=document.title='pwned'>")), 'the markup is shown as text');
    const injected = await popup.evaluate(() => ({
      elements: document.querySelectorAll('#results img, #results script, #results b').length,
      title: document.title,
      pwned: 'pwned' in window,
    }));
    assert.deepEqual(injected, { elements: 0, title: 'WhoSaid', pwned: false });
    assert.equal(await page.evaluate(() => document.title.includes('pwned') || 'pwned' in window), false);
    assert.equal(await page.evaluate(snapshot), before, 'the page’s DOM is unchanged');
    assert.deepEqual([...page.errors, ...popup.errors], [], 'no errors in either console');
  },

  async 'offers to annotate a page that is not an article as a whole'(browser, origin) {
    const url = `${origin}/not-an-article.html`;
    await browser.openPage(url);
    const popup = await browser.openPopup(await browser.tabIdOf(url));
    await popup.waitFor(() => !document.getElementById('no-article').hidden);
    await popup.click('#whole-page');
    await popup.waitFor(() => !document.getElementById('results').hidden);
    const items = await listed(popup);
    assert.ok(items.some((item) => item.kind === 'quote' && item.speaker === 'Maria Lopez'), JSON.stringify(items));
    assert.deepEqual(popup.errors, []);
  },
};

async function main() {
  const server = await serve(resolve(root, 'test/e2e/pages'));
  const wanted = (process.env.WHOSAID_BROWSERS ?? 'chromium,firefox').split(',');
  const launchers = { chromium: launchChromium, firefox: launchFirefox };
  let passed = 0;
  let failed = 0;
  try {
    for (const name of wanted) {
      const browser = await launchers[name](resolve(root, `dist/${name === 'chromium' ? 'chrome' : 'firefox'}-test`));
      try {
        for (const [title, scenario] of Object.entries({ ...scenarios, ...robustnessScenarios, ...noteScenarios })) {
          if (process.env.WHOSAID_ONLY && !title.includes(process.env.WHOSAID_ONLY)) continue;
          const started = Date.now();
          try {
            await scenario(browser, server.origin, server);
            passed += 1;
            console.log(`  ✓ [${name}] ${title} (${Date.now() - started} ms)`);
          } catch (error) {
            failed += 1;
            console.log(`  ✗ [${name}] ${title}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`);
          }
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
