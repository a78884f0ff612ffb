// The popup's first request: find the tab, inject the content script and ask it to annotate. Run by the
// popup's first script (start.ts, a classic script fetched and run before the rest of the popup has loaded)
// or by the popup itself, whichever runs first; the other takes over what the first started.
import browser from 'webextension-polyfill';
import { injectContentScript } from '../shared/inject';
import type { BackgroundRequest, ContentRequest } from '../shared/messages';

/** An annotation request under way: each step is a promise, so the popup can report where it failed. */
export interface StartedAnnotation {
  tabId: Promise<number>;
  /** Settles once the content script runs in the tab; rejects when the page may not be scripted. */
  injected: Promise<void>;
  /** The content script's raw reply (check it with parseAnnotateReply). */
  reply: Promise<unknown>;
}

declare global {
  // The popup's own window, shared by its two scripts.
  var __whosaidStarted: StartedAnnotation | undefined;
}

/** The tab the popup works on: `?tab=<id>` when given, else the active tab of the window. */
async function targetTab(): Promise<number> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No tab to annotate.');
  return tab.id;
}

/** Injects the content script into the popup's tab (if need be) and asks it to annotate. */
export function startAnnotation(wholePage: boolean): StartedAnnotation {
  // For the benchmark: how long the popup took to open before it could ask anything.
  performance.mark('whosaid:popup-start');
  const tabId = targetTab();
  const injected = tabId.then((id) => injectContentScript(id, { wholePage }));
  const request: ContentRequest = { type: 'whosaid:annotate', wholePage };
  const reply = injected.then(async () => browser.tabs.sendMessage(await tabId, request));
  // Whoever takes these over may stop at the first failure: the others are not left unhandled.
  injected.catch(() => undefined);
  reply.catch(() => undefined);
  return { tabId, injected, reply };
}

/**
 * The annotation the toolbar click asked for, started once per popup by whichever script runs first. The
 * background (which annotates, and may have been put to sleep) is woken at the same time.
 */
export function startClickAnnotation(): StartedAnnotation {
  if (!globalThis.__whosaidStarted) {
    globalThis.__whosaidStarted = startAnnotation(false);
    const wake: BackgroundRequest = { type: 'whosaid:wake' };
    browser.runtime.sendMessage(wake).catch(() => undefined);
  }
  return globalThis.__whosaidStarted;
}
