// Auto-annotate per site: for every site the reader turned it on for and granted access to, the content
// script is registered to run on each visit; it then restores the page's notes and annotates the article.
// Kept in step with the reader's list and with the permissions they granted or revoked.
import browser from 'webextension-polyfill';
import { NoteStore } from '../shared/note-store';
import { CONTENT_SCRIPT_FILES } from '../shared/inject';
import { sitePattern } from '../shared/page-url';

const SCRIPT_ID = 'whosaid-auto-annotate';
let queue: Promise<void> = Promise.resolve();

async function sync(): Promise<void> {
  const sites = await new NoteStore(browser.storage.local).autoSites();
  const matches: string[] = [];
  for (const site of sites) {
    if (await browser.permissions.contains({ origins: [sitePattern(site)] })) matches.push(sitePattern(site));
  }
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) return;
  await browser.scripting.registerContentScripts([
    // Paths from the package's root, without the leading slash executeScript needs in Firefox.
    // No styles here: the content script asks for them (shared/inject.ts).
    { id: SCRIPT_ID, matches, js: CONTENT_SCRIPT_FILES.map((file) => file.slice(1)), runAt: 'document_idle', allFrames: false },
  ]);
}

/** Registers the content script for exactly the sites that are on and granted; calls run one after another. */
export function syncAutoAnnotate(): Promise<void> {
  queue = queue.then(sync, sync).catch((error: unknown) => {
    console.warn('WhoSaid: could not update the sites annotated on every visit', error);
  });
  return queue;
}
