// Writes dist/chrome and dist/firefox from dist/ext and the source manifest.json.
// Chrome takes `background.service_worker`; Firefox (MV3, 142+) takes `background.scripts` and a gecko id.
// `--test-hosts` adds host access to http://127.0.0.1 so an end-to-end harness can drive the popup
// against a local page without a toolbar click (see README, "Testing").
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const testHosts = process.argv.includes('--test-hosts');
const source = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
const version = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version;

function variant(browser) {
  const manifest = structuredClone(source);
  manifest.version = version;
  if (browser === 'firefox') {
    // The model first: the event page annotates, and Firefox has no importScripts there.
    manifest.background = { scripts: ['ner-model.js', 'background.js'] };
    manifest.browser_specific_settings = {
      gecko: {
        id: 'whosaid@whosaid.invalid',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  if (testHosts) manifest.host_permissions = ['http://127.0.0.1/*'];
  if (manifest.web_accessible_resources?.length === 0) delete manifest.web_accessible_resources;
  return manifest;
}

for (const browser of ['chrome', 'firefox']) {
  const dir = resolve(root, 'dist', testHosts ? `${browser}-test` : browser);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(resolve(root, 'dist/ext'), dir, { recursive: true });
  cpSync(resolve(root, 'icons'), resolve(dir, 'icons'), {
    recursive: true,
    filter: (path) => !path.endsWith('.svg') || path.endsWith('icons'),
  });
  cpSync(resolve(root, 'src/content/highlights.css'), resolve(dir, 'highlights.css'));
  // The named-entity model, injected before the content script (src/shared/inject.ts).
  cpSync(resolve(root, 'models/ner-model.js'), resolve(dir, 'ner-model.js'));
  writeFileSync(resolve(dir, 'manifest.json'), JSON.stringify(variant(browser), null, 2) + '\n');
  console.log(`wrote ${dir}`);
}
