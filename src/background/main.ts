// Background (Chrome's service worker, Firefox's event page): the badge, the keyboard shortcut, and
// injecting the content script on demand. No host permissions at install: the toolbar click (the popup)
// and the shortcut grant activeTab for the current tab.
import browser from 'webextension-polyfill';
import { parseBackgroundRequest, type ContentRequest } from '../shared/messages';
import { injectContentScript } from '../shared/inject';

const BADGE_COLOUR = '#1f4e8c';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const request = parseBackgroundRequest(message);
  const tabId = sender.tab?.id;
  if (!request || tabId === undefined) return undefined;
  const text = request.quoteCount > 0 ? String(Math.min(request.quoteCount, 999)) : '';
  return Promise.all([
    browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR, tabId }),
    browser.action.setBadgeText({ text, tabId }),
  ]).then(() => undefined, () => undefined);
});

const MENU_ANNOTATE = 'whosaid-annotate';

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
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ANNOTATE) void tellPage(tab?.id, { type: 'whosaid:annotate', wholePage: false });
});

browser.commands.onCommand.addListener(async (command: string) => {
  if (command !== 'toggle-highlights') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  await tellPage(tab?.id, { type: 'whosaid:toggle-all' });
});
