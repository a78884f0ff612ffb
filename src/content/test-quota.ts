// Test builds only (`npm run build:test`, recognised by their host access to http://127.0.0.1): Firefox's
// storage.local has no quota of its own (it grows until the disk is full), so there the end-to-end test of a
// full storage gets Chrome's, measured as Chrome measures it (each key plus its value as JSON, 10 MB in all).
// Released builds, and Chrome, use storage.local as it is.
import browser from 'webextension-polyfill';
import type { StorageArea } from '../shared/note-store';

const CHROME_QUOTA_BYTES = 10 * 1024 * 1024;
const TEST_HOST = 'http://127.0.0.1/*';

function isTestBuild(): boolean {
  try {
    return browser.runtime.getManifest().host_permissions?.includes(TEST_HOST) === true;
  } catch {
    return false;
  }
}

/** `area`, failing writes past Chrome's quota where the browser has none and this is a test build. */
export function withTestQuota(area: browser.Storage.StorageArea): StorageArea {
  const hasQuota = typeof (area as unknown as { QUOTA_BYTES?: unknown }).QUOTA_BYTES === 'number';
  if (hasQuota || !isTestBuild()) return area;
  return {
    get: (keys) => area.get(keys),
    remove: (keys) => area.remove(keys),
    async set(items) {
      const all = { ...(await area.get(null)), ...items };
      const bytes = Object.entries(all).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
      if (bytes > CHROME_QUOTA_BYTES) throw new Error('QuotaExceededError: storage.local is over its 10 MB quota (test build)');
      await area.set(items);
    },
  };
}
