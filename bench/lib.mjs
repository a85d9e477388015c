// Shared helpers for the benchmarks: boot the built app in-process and drive it over loopback HTTP.
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function bootApp(env = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'uramost-bench-'));
  const { loadConfig } = await import('../dist/config/index.js');
  const { createApp } = await import('../dist/app.factory.js');
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'false',
    RATE_LIMITS: 'off',
    DATA_DIR: dataDir,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
    ADMIN_EMAIL: 'admin@bench.test',
    ADMIN_PASSWORD: 'bench admin password',
    ...env,
  });
  const { app } = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address();
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    port,
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

/** One request; resolves {status, body, ms}. */
export function call(url, method = 'GET', body, headers = {}) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const t0 = performance.now();
    const req = http.request(
      url,
      {
        method,
        agent,
        headers: {
          ...(data
            ? {
                'content-type': 'application/json',
                'content-length': Buffer.byteLength(data),
              }
            : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          let parsed = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            /* not JSON */
          }
          resolve({
            status: res.statusCode,
            body: parsed,
            ms: performance.now() - t0,
          });
        });
      },
    );
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[
    Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))
  ];
}

/** `concurrency` workers call `fn` until `durationMs` is over; returns req/s and latency percentiles. */
export async function closedLoop(
  fn,
  { concurrency = 32, durationMs = 5000 } = {},
) {
  const latencies = [];
  let errors = 0;
  const end = performance.now() + durationMs;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const r = await fn();
        if (r.status >= 400) errors++;
        latencies.push(r.ms);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    count: latencies.length,
    errors,
  };
}

export const fmt = (n, d = 0) => n.toFixed(d).padStart(9);
