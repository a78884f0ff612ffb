import { defineConfig, type UserConfig } from 'vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readabilityInStepsPlugin } from './scripts/readability-in-steps.mjs';

// One config, one build per mode: Vite 8 (Rolldown) builds a classic-script (IIFE) bundle from only one
// entry per build, and content scripts and the Firefox event page must be classic scripts.
// `npm run build` runs every mode into dist/ext, then scripts/write-manifests.mjs writes dist/chrome and
// dist/firefox from it.
const root = import.meta.dirname;
const outDir = resolve(root, 'dist/ext');

function classicScript(entry: string, name: string): UserConfig {
  return {
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry: resolve(root, entry), formats: ['iife'], name, fileName: () => `${name}.js` },
      rollupOptions: { output: { extend: true } },
    },
  };
}

export default defineConfig(({ mode }): UserConfig => ({ plugins: [readabilityInStepsPlugin()], ...buildFor(mode) }));

function buildFor(mode: string): UserConfig {
  switch (mode) {
    case 'content':
      return classicScript('src/content/main.ts', 'content');
    case 'background':
      return classicScript('src/background/main.ts', 'background');
    case 'popup-start':
      // The popup's first script: classic, so it runs as the popup is parsed rather than after it.
      return classicScript('src/popup/start.ts', 'popup-start');
    case 'cli':
      // The CLI runs in Node: dependencies stay external and are loaded from node_modules, except Readability,
      // which readabilityInStepsPlugin builds in with its paused parse.
      return {
        publicDir: false,
        define: {
          __WHOSAID_VERSION__: JSON.stringify(JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version),
        },
        build: {
          outDir: resolve(root, 'dist/cli'),
          emptyOutDir: true,
          target: 'node20',
          ssr: resolve(root, 'src/cli/main.ts'),
          minify: false,
          rollupOptions: { output: { entryFileNames: 'whosaid.mjs', format: 'es' } },
        },
      };
    default:
      // The extension's pages (popup, options): ES modules, relative URLs so they load from the package.
      return {
        root: resolve(root, 'src'),
        base: './',
        publicDir: false,
        build: {
          outDir,
          emptyOutDir: true,
          target: 'es2022',
          sourcemap: false,
          rollupOptions: {
            input: { popup: resolve(root, 'src/popup/popup.html'), options: resolve(root, 'src/options/options.html') },
          },
        },
      };
  }
}
