// Background (Chrome's service worker, Firefox's event page): the badge, the keyboard shortcut, and
// injecting the content script on demand. No host permissions at install: the toolbar click (the popup)
// and the shortcut grant activeTab for the current tab.
import browser from 'webextension-polyfill';
import { annotate } from '../core/annotate';
import { parseBackgroundRequest, type ContentRequest } from '../shared/messages';
import { injectContentScript, insertHighlightStyles } from '../shared/inject';
import { isAutoSitesKey } from '../shared/note-store';
import { syncAutoAnnotate } from './auto-annotate';

const BADGE_COLOUR = '#1f4e8c';

// The named-entity model is loaded here, once per background start, rather than into every page: the
// content script sends its article text and gets the annotations back. Chrome's service worker imports the
// model file; Firefox's event page lists it before this script in the manifest.
declare const importScripts: ((...urls: string[]) => void) | undefined;
if (typeof importScripts === 'function') {
  try {
    importScripts('/ner-model.js');
  } catch {
    // Without the model, recognition falls back to the rules.
  }
}

/** Short, but through every stage: quotations, a speaker, people, an organisation, places. */
const WARM_UP_TEXT =
  '“We will not back down,” said Maria Lopez, the mayor of Springfield, on Tuesday.\n' +
  'The Acme Corporation, based in Chicago, declined to comment. “It is a tragedy,” she told reporters.';
let warmed = false;

/**
 * Gets annotation ready while the page is read. A background the browser had put to sleep (as it does after
 * 30 s) otherwise decodes the model and compiles the annotation code on the page's text itself: about 250 ms
 * for a short article, against 10 ms once warm. The popup's wake message comes 100 ms or more before the text.
 */
function warmUp(): void {
  if (warmed) return;
  warmed = true;
  // After the wake reply has gone.
  setTimeout(() => {
    try {
      annotate(WARM_UP_TEXT);
    } catch {
      // The page's own request reports any error.
    }
  }, 0);
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const request = parseBackgroundRequest(message);
  if (request?.type === 'whosaid:annotate-text') return Promise.resolve(annotate(request.text));
  if (request?.type === 'whosaid:wake') {
    warmUp();
    return Promise.resolve(true);
  }
  const tabId = sender.tab?.id;
  if (!request || tabId === undefined) return undefined;
  if (request.type === 'whosaid:insert-styles') {
    return insertHighlightStyles(tabId, sender.frameId).then(() => true, () => false);
  }
  const text = request.quoteCount > 0 ? String(Math.min(request.quoteCount, 999)) : '';
  return Promise.all([
    browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR, tabId }),
    browser.action.setBadgeText({ text, tabId }),
  ]).then(() => undefined, () => undefined);
});

const MENU_ANNOTATE = 'whosaid-annotate';
const MENU_HIGHLIGHT = 'whosaid-highlight-selection';
const MENU_NOTE = 'whosaid-note-selection';

/** Sends `request` to the content script of `tabId`, injecting it first (the click granted activeTab). */
async function tellPage(tabId: number | undefined, request: ContentRequest): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  try {
    await injectContentScript(tabId);
    await browser.tabs.sendMessage(tabId, request);
  } catch {
    // Pages the extension may not script (the browser's own pages, the stores): nothing to do.
  }
}

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({ id: MENU_ANNOTATE, title: 'Highlight who said what', contexts: ['page'] });
  browser.contextMenus.create({ id: MENU_HIGHLIGHT, title: 'Highlight the selection', contexts: ['selection'] });
  browser.contextMenus.create({ id: MENU_NOTE, title: 'Add a note to the selection…', contexts: ['selection'] });
  void syncAutoAnnotate();
});

browser.runtime.onStartup.addListener(() => void syncAutoAnnotate());
browser.permissions.onAdded.addListener(() => void syncAutoAnnotate());
browser.permissions.onRemoved.addListener(() => void syncAutoAnnotate());
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && Object.keys(changes).some(isAutoSitesKey)) void syncAutoAnnotate();
});

/** Asks the page for a highlight or, `inPage`, opens its note editor on the current selection. */
const noteSelection = (inPage: boolean): ContentRequest => ({ type: 'whosaid:add-note', colour: 'yellow', text: null, inPage });

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ANNOTATE) void tellPage(tab?.id, { type: 'whosaid:annotate', wholePage: false });
  else if (info.menuItemId === MENU_HIGHLIGHT) void tellPage(tab?.id, noteSelection(false));
  else if (info.menuItemId === MENU_NOTE) void tellPage(tab?.id, noteSelection(true));
});

browser.commands.onCommand.addListener(async (command: string) => {
  const request: ContentRequest | null =
    command === 'toggle-highlights'
      ? { type: 'whosaid:toggle-all' }
      : command === 'add-note'
        ? noteSelection(true)
        : command === 'highlight-selection'
          ? noteSelection(false)
          : null;
  if (!request) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  await tellPage(tab?.id, request);
});
