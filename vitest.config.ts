import { defineConfig } from 'vitest/config';
import { readabilityInStepsPlugin } from './scripts/readability-in-steps.mjs';

// Unit and corpus tests only; the end-to-end tests drive real browsers from test/e2e/run.mjs.
export default defineConfig({
  plugins: [readabilityInStepsPlugin()],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    testTimeout: 30_000,
    // The named-entity model is loaded for every test, as the CLI and the extension load it.
    setupFiles: ['src/core/test/setup-ner-model.ts'],
  },
});
