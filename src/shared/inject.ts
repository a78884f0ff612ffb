// Injects the content script and its highlight styles into a tab, once; used by the popup and the shortcut.
import browser from 'webextension-polyfill';

/** The scripts that make up the content script, in order (also registered for auto-annotate sites). */
export const CONTENT_SCRIPT_FILES = ['/content.js'];

/** Makes sure the content script runs in `tabId`'s top frame. Throws when the page may not be scripted. */
export async function injectContentScript(tabId: number): Promise<void> {
  const [probe] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => (globalThis as { __whosaidContentLoaded?: boolean }).__whosaidContentLoaded === true,
  });
  if (probe?.result === true) return;
  // The ::highlight() rules must be an author-origin sheet; insertCSS's default origin is AUTHOR and it adds
  // no element to the page.
  // Paths start with / : Firefox resolves them against the calling page (popup/), Chrome against the root.
  await browser.scripting.insertCSS({ target: { tabId }, files: ['/highlights.css'] });
  await browser.scripting.executeScript({ target: { tabId }, files: CONTENT_SCRIPT_FILES });
}
