// Launches a real browser with the built extension and gives the scenarios one small interface for both:
// open a page, open the popup for a tab, evaluate, click, screenshot, and the console errors seen.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Wraps a Playwright or Puppeteer page; records console errors and uncaught exceptions. */
function wrapPage(page, kind) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error?.message ?? error}`));
  return {
    raw: page,
    errors,
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    screenshot: (path, fullPage = false) => page.screenshot({ path, fullPage }),
    setViewport: (width, height) =>
      kind === 'playwright' ? page.setViewportSize({ width, height }) : page.setViewport({ width, height }),
    async waitFor(fn, arg, timeout = 15_000) {
      const deadline = Date.now() + timeout;
      let last;
      while (Date.now() < deadline) {
        try {
          last = await page.evaluate(fn, arg);
          if (last) return last;
        } catch (error) {
          last = error;
        }
        await sleep(100);
      }
      throw new Error(`timed out waiting for ${fn.toString().slice(0, 120)} (last: ${last})`);
    },
  };
}

export async function launchChromium(extensionDir) {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'whosaid-chromium-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    name: 'chromium',
    async openPage(url) {
      const page = wrapPage(await context.newPage(), 'playwright');
      await page.raw.goto(url);
      // What the page logged while loading is its own: WhoSaid is not in it until the popup asks.
      page.errors.length = 0;
      return page;
    },
    async tabIdOf(url) {
      const id = await worker.evaluate((u) => chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url === u)?.id), url);
      if (id === undefined) throw new Error(`no tab for ${url}`);
      return id;
    },
    async openPopup(tabId) {
      const page = wrapPage(await context.newPage(), 'playwright');
      await page.raw.setViewportSize({ width: 420, height: 760 });
      await page.raw.goto(`chrome-extension://${extensionId}/popup/popup.html?tab=${tabId}`);
      return page;
    },
    /** An extension page other than the popup (the options page), by its path in the package. */
    async openExtensionPage(path) {
      const page = wrapPage(await context.newPage(), 'playwright');
      await page.raw.goto(`chrome-extension://${extensionId}${path}`);
      return page;
    },
    close: () => context.close(),
  };
}

const GECKO_ID = 'whosaid@whosaid.invalid';

export async function launchFirefox(extensionDir) {
  const puppeteer = (await import('puppeteer-core')).default;
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      // A known moz-extension:// host, so the popup's URL can be opened directly.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    },
  });
  await browser.installExtension(extensionDir);
  const base = `moz-extension://${uuid}`;

  async function openExtensionPage(path) {
    const page = wrapPage(await browser.newPage(), 'puppeteer');
    // Navigating to moz-extension:// does not report completion to Puppeteer: start it and poll.
    await page.raw.goto(`${base}${path}`, { timeout: 1500 }).catch(() => undefined);
    await page.waitFor((prefix) => location.href.startsWith(prefix) && document.readyState === 'complete', base);
    return page;
  }

  return {
    name: 'firefox',
    async openPage(url) {
      const page = wrapPage(await browser.newPage(), 'puppeteer');
      await page.raw.goto(url);
      page.errors.length = 0;
      return page;
    },
    async tabIdOf(url) {
      const probe = await openExtensionPage('/popup/popup.html?tab=-1');
      const id = await probe.evaluate((u) => browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url === u)?.id), url);
      await probe.raw.close();
      if (id === undefined) throw new Error(`no tab for ${url}`);
      return id;
    },
    async openPopup(tabId) {
      const page = await openExtensionPage(`/popup/popup.html?tab=${tabId}`);
      await page.setViewport(420, 760);
      return page;
    },
    openExtensionPage,
    close: () => browser.close(),
  };
}
