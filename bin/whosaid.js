#!/usr/bin/env node
// The `whosaid` command. Runs the CLI bundle that `npm install` (prepare) or `npm run build` writes.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/whosaid.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('whosaid: the CLI is not built yet; run `npm run build:cli` (npm install does it for you)\n');
  process.exit(1);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
