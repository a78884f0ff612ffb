// Run before `npm start` and `npm test` (the prestart and pretest scripts), so the README's two commands
// are all a fresh clone needs: installs the locked dependencies when none are installed. Uses only Node's
// own modules, as nothing else is installed yet.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
// npm writes this file on every install into node_modules.
if (!existsSync(resolve(root, 'node_modules/.package-lock.json'))) {
  console.error('Installing the dependencies in package-lock.json (npm ci)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('npm ci failed: see its messages above. WhoSaid needs Node.js 20 or later and access to the npm registry.');
    process.exit(result.status ?? 1);
  }
}
