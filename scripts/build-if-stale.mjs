// `npm start` on a fresh clone must just work: build when dist/ is missing or older than src/.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const marker = 'dist/main.js';
const stale =
  !existsSync(marker) ||
  newest('src') > statSync(marker).mtimeMs ||
  statSync('package.json').mtimeMs > statSync(marker).mtimeMs;
if (stale) {
  process.stderr.write(
    'Building UraMost (dist/ is missing or older than src/)…\n',
  );
  execFileSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'],
    {
      stdio: 'inherit',
    },
  );
  // tsc leaves dist/main.js untouched when nothing changed: touch it so the check above settles.
  const now = new Date();
  const { utimesSync } = await import('node:fs');
  utimesSync(marker, now, now);
}
