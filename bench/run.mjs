// Runs every benchmark one after another, each in its own process (they measure memory and time
// and must not share a heap). Usage: npm run bench [-- name …]   names: startup events calendar
// pairing rooms, and by name only: load (two minutes of mixed traffic on MariaDB, see
// bench/load.mjs). Each prints a table and a final JSON line; this script collects the JSON lines.
import { spawnSync } from 'node:child_process';

const all = ['startup', 'events', 'calendar', 'pairing', 'rooms'];
const byName = ['load'];
const chosen = process.argv
  .slice(2)
  .filter((a) => all.includes(a) || byName.includes(a));
const results = [];
for (const name of chosen.length ? chosen : all) {
  process.stdout.write(`\n=== bench/${name}.mjs\n`);
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', `bench/${name}.mjs`],
    { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
  );
  process.stdout.write(run.stdout);
  const last = run.stdout
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .pop();
  if (last) results.push(JSON.parse(last));
  if (run.status !== 0) process.exitCode = 1;
}
process.stdout.write('\n' + JSON.stringify(results, null, 1) + '\n');
