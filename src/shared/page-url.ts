// The key a page's notes are stored under: the same article reached through a campaign link, a share
// button or an in-page anchor is one page.

/** Query parameters that say how the reader arrived, not what the page is. */
const TRACKING = [/^utm_/i, /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|ref_src|ref_url|cmpid|ocid|smid|sr_share)$/i];

function isTracking(name: string): boolean {
  return TRACKING.some((pattern) => pattern.test(name));
}

/** `href` without the fragment and tracking parameters, the rest of the query sorted; null if not http(s). */
export function normalisePageUrl(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url.toString();
}

/**
 * The key for the page at `location` whose <link rel="canonical"> says `canonical`. The canonical URL wins
 * when it is on the same site and is not the site's home page standing in for every article (a common
 * misconfiguration); otherwise the location does.
 */
export function pageKey(location: string, canonical: string | null): string | null {
  const own = normalisePageUrl(location);
  if (!own || !canonical) return own;
  const preferred = normalisePageUrl(new URL(canonical, location).toString());
  if (!preferred) return own;
  const a = new URL(own);
  const b = new URL(preferred);
  const site = (host: string): string => host.replace(/^www\./, '');
  if (site(a.hostname) !== site(b.hostname)) return own;
  if (b.pathname === '/' && a.pathname !== '/') return own;
  return preferred;
}

/**
 * The site the reader turns auto-annotate on for: scheme and host name, without a port (match patterns and
 * host permissions in Firefox and Chrome do not tell ports apart). Null for pages that are not on the web.
 */
export function siteOf(href: string): string | null {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? `${url.protocol}//${url.hostname}` : null;
  } catch {
    return null;
  }
}

/** The host permission and match pattern for every page of `site`. */
export function sitePattern(site: string): string {
  return `${site}/*`;
}
