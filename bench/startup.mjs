// Cold start of the built server to its first 200 on /health, and its RSS 2 s after that and once
// idle (settled), on SQLite. `--quick` skips the 45 s idle wait.
// Run: npm run build && node bench/startup.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const rssOf = (pid) =>
  Number(
    /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1],
  ) / 1024;

async function run(dataDir, port, demo, settle = false) {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['dist/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DEMO_DATA: demo,
      DATABASE_URL: '',
    },
    stdio: 'ignore',
  });
  let ms;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      if (res.status === 200) {
        ms = performance.now() - t0;
        break;
      }
    } catch {
      /* not listening yet */
    }
    if (performance.now() - t0 > 20_000) throw new Error('no 200 within 20 s');
    await sleep(10);
  }
  await sleep(2000);
  const rssMb = rssOf(child.pid);
  // Left alone, V8's memory reducer collects the start-up garbage and shrinks the young
  // generation after some 30 s of idleness: that settled figure is what an idle server holds.
  let settledMb = null;
  if (settle) {
    await sleep(45_000);
    settledMb = rssOf(child.pid);
  }
  child.kill('SIGTERM');
  await new Promise((r) => child.on('exit', r));
  return { ms, rssMb, settledMb };
}

const quick = process.argv.includes('--quick'); // skip the 45 s idle wait
const dir = mkdtempSync(join(tmpdir(), 'uramost-bench-start-'));
try {
  const fresh = await run(dir, 3901, 'true');
  const again = await run(dir, 3902, 'true', !quick);
  const rows = [
    ['new database (migrations, reference + demo seed)', fresh],
    ['existing database', again],
  ];
  console.log('start-up of node dist/main.js (SQLite)');
  for (const [name, r] of rows)
    console.log(
      `  ${name.padEnd(48)} ${r.ms.toFixed(0).padStart(6)} ms to first 200   RSS 2 s later ${r.rssMb.toFixed(1)} MB` +
        (r.settledMb === null
          ? ''
          : `   idle (settled, 45 s later) ${r.settledMb.toFixed(1)} MB`),
    );
  console.log(
    JSON.stringify({
      bench: 'startup',
      freshMs: Math.round(fresh.ms),
      warmMs: Math.round(again.ms),
      rssAfterStartMb: Math.round(again.rssMb),
      idleRssMb: again.settledMb === null ? null : Math.round(again.settledMb),
      targetMs: 2000,
      targetRssMb: 150,
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
