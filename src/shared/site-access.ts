// Access to one site for auto-annotate: asked for in the popup's switch, given back from the popup or the
// options page. Only access the reader granted is given back: access the extension was installed with (a test
// build's) is not the reader's to revoke here, and the site is off all the same.
import browser from 'webextension-polyfill';
import { sitePattern } from './page-url';

/** Asks the browser for access to `site`; must run in answer to the reader's click. */
export function requestSiteAccess(site: string): Promise<boolean> {
  return browser.permissions.request({ origins: [sitePattern(site)] });
}

export function hasSiteAccess(site: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [sitePattern(site)] });
}

/** Gives back the access to `site` the reader granted. */
export async function revokeSiteAccess(site: string): Promise<void> {
  const pattern = sitePattern(site);
  if (browser.runtime.getManifest().host_permissions?.includes(pattern)) return;
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}
