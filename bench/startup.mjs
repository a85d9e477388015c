// Cold start of the built server to its first 200 on /health, and idle RSS, on SQLite.
// Run: npm run build && node bench/startup.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function run(dataDir, port, demo) {
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
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const rssMb = Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
  child.kill('SIGTERM');
  await new Promise((r) => child.on('exit', r));
  return { ms, rssMb };
}

const dir = mkdtempSync(join(tmpdir(), 'uramost-bench-start-'));
try {
  const fresh = await run(dir, 3901, 'true');
  const again = await run(dir, 3902, 'true');
  const rows = [
    ['new database (migrations, reference + demo seed)', fresh],
    ['existing database', again],
  ];
  console.log('start-up of node dist/main.js (SQLite)');
  for (const [name, r] of rows)
    console.log(
      `  ${name.padEnd(48)} ${r.ms.toFixed(0).padStart(6)} ms to first 200   idle RSS ${r.rssMb.toFixed(1)} MB`,
    );
  console.log(
    JSON.stringify({
      bench: 'startup',
      freshMs: Math.round(fresh.ms),
      warmMs: Math.round(again.ms),
      idleRssMb: Math.round(again.rssMb),
      targetMs: 2000,
      targetRssMb: 150,
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
