// Injects the content script into a tab; used by the popup and the shortcut. The content script then asks
// the background for its highlight styles (insertHighlightStyles), once.
import browser from 'webextension-polyfill';

/** The scripts that make up the content script, in order (also registered for auto-annotate sites). */
export const CONTENT_SCRIPT_FILES = ['/content.js'];

/** What a freshly injected content script starts on before any message reaches it (see content/main.ts). */
export interface StartRequest {
  wholePage: boolean;
}

/** Inserts the highlight styles into a frame of `tabId` (the top frame unless `frameId` is given). */
export async function insertHighlightStyles(tabId: number, frameId = 0): Promise<void> {
  // The ::highlight() rules must be an author-origin sheet; insertCSS's default origin is AUTHOR and it adds
  // no element to the page.
  // Paths start with / : Firefox resolves them against the calling page (popup/), Chrome against the root.
  await browser.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, files: ['/highlights.css'] });
}

/**
 * Makes sure the content script runs in `tabId`'s top frame. Throws when the page may not be scripted.
 * With `start`, a content script injected now starts annotating as soon as it runs, without waiting for
 * the request that follows; one already there is left to that request.
 */
export async function injectContentScript(tabId: number, start: StartRequest | null = null): Promise<void> {
  // One round trip, not two: the script is injected without first asking whether it is there, as a second
  // copy does nothing (content/main.ts). The note for a new copy goes just before it.
  await Promise.all([
    browser.scripting.executeScript({
      target: { tabId },
      // Runs in the content scripts' isolated world, which the page cannot read or write.
      func: (request: StartRequest | null) => {
        const world = globalThis as { __whosaidContentLoaded?: boolean; __whosaidStart?: StartRequest };
        if (request && world.__whosaidContentLoaded !== true) world.__whosaidStart = request;
      },
      args: [start],
    }),
    browser.scripting.executeScript({ target: { tabId }, files: CONTENT_SCRIPT_FILES }),
  ]);
}
