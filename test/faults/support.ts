import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { io } from 'socket.io-client';
import { ADMIN, TEST_SECRET } from '../support/app.js';
import type { Client } from '../support/sockets.js';

const run = promisify(execFile);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolvePort(port));
    });
  });
}

async function until(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
  everyMs = 200,
) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await sleep(everyMs);
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`);
}

const admin = () =>
  run('sh', ['-c', 'command -v mariadb-admin || command -v mysqladmin']).then(
    (r) => r.stdout.trim(),
  );

/**
 * A MariaDB server of its own (own data directory, port and pid file), started with the same
 * start-stop-daemon command that .ci/run uses for the shared one. Stopping it for a fault test
 * never touches the server that other test runs on this machine use.
 */
export async function privateMariadb() {
  const dir = mkdtempSync(join(tmpdir(), 'uramost-faults-mariadb-'));
  const port = await freePort();
  const pidFile = `${dir}.pid`;
  await run('chown', ['mysql:', dir]);
  await run('mariadb-install-db', [
    '--no-defaults',
    '--user=mysql',
    `--datadir=${dir}`,
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
  ]);
  const adminCmd = await admin();
  const ping = async () => {
    try {
      await run(adminCmd, ['-h127.0.0.1', `-P${port}`, '-uroot', 'ping']);
      return true;
    } catch {
      return false;
    }
  };
  let running = false;
  const start = async () => {
    await run('start-stop-daemon', [
      '--start',
      '--oknodo',
      '--background',
      '--make-pidfile',
      '--pidfile',
      pidFile,
      '--exec',
      '/usr/sbin/mariadbd',
      '--',
      '--no-defaults',
      '--user=mysql',
      `--datadir=${dir}`,
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      `--socket=${dir}/mariadb.sock`,
      '--skip-name-resolve',
      '--skip-log-bin',
      '--innodb-buffer-pool-size=64M',
      '--character-set-server=utf8mb4',
      '--collation-server=utf8mb4_unicode_ci',
      `--log-error=${dir}/error.log`,
    ]);
    running = true;
    await until('MariaDB answers', ping, 60_000);
  };
  /** A real stop: SIGTERM, MariaDB shuts down cleanly; the port refuses connections after. */
  const stop = async () => {
    await run('start-stop-daemon', [
      '--stop',
      '--oknodo',
      '--pidfile',
      pidFile,
      '--retry',
      'TERM/30/KILL/5',
    ]);
    running = false;
  };
  await start();
  return {
    port,
    url: (database: string) => `mariadb://root@127.0.0.1:${port}/${database}`,
    sql: (statement: string) =>
      run('mariadb', ['-h127.0.0.1', `-P${port}`, '-uroot', '-e', statement]),
    start,
    stop,
    ping,
    get running() {
      return running;
    },
    dispose: async () => {
      await stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
      rmSync(pidFile, { force: true });
    },
  };
}

/**
 * A Redis of its own, started exactly as .ci/run starts the shared one (daemonized, no
 * persistence) but on another port, with a pid file so that it can be stopped for real.
 */
export async function privateRedis() {
  const dir = mkdtempSync(join(tmpdir(), 'uramost-faults-redis-'));
  const port = await freePort();
  const ping = async () => {
    try {
      const r = await run('redis-cli', [
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        'ping',
      ]);
      return r.stdout.trim() === 'PONG';
    } catch {
      return false;
    }
  };
  const start = async () => {
    await run('redis-server', [
      '--daemonize',
      'yes',
      '--bind',
      '127.0.0.1',
      '--port',
      String(port),
      '--save',
      '',
      '--appendonly',
      'no',
      '--pidfile',
      `${dir}/redis.pid`,
      '--dir',
      dir,
    ]);
    await until('Redis answers', ping, 30_000, 100);
  };
  const stop = async () => {
    await run('redis-cli', [
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      'shutdown',
      'nosave',
    ]).catch(() => undefined);
    await until('Redis stopped', async () => !(await ping()), 10_000, 100);
  };
  await start();
  return {
    port,
    start,
    stop,
    dispose: async () => {
      await stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface Server {
  child: ChildProcess;
  url: string;
  port: number;
  logs: LogLine[];
  /** stderr and stdout lines that are not JSON (a crash's stack trace would be here) */
  other: string[];
  exited: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    at: number;
  }>;
  alive(): boolean;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** The built server (dist/main.js, as `npm start` runs it) in a child process. */
export async function startServer(
  env: Record<string, string>,
): Promise<Server> {
  const child = spawn(process.execPath, [resolve('dist/main.js')], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      PORT: '0',
      RATE_LIMITS: 'off',
      DEMO_DATA: 'false',
      JWT_SECRET: TEST_SECRET,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      PUBLIC_URL: 'http://127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  const other: string[] = [];
  let exitedWith: {
    code: number | null;
    signal: NodeJS.Signals | null;
    at: number;
  } | null = null;
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    at: number;
  }>((r) =>
    child.once('exit', (code, signal) => {
      exitedWith = { code, signal, at: Date.now() };
      r(exitedWith);
    }),
  );
  const port = await new Promise<number>((resolvePort, reject) => {
    const t = setTimeout(
      () => reject(new Error('the server did not start in 60 s')),
      60_000,
    );
    const read = (stream: NodeJS.ReadableStream) =>
      createInterface({ input: stream }).on('line', (line) => {
        let parsed: LogLine | null = null;
        try {
          parsed = JSON.parse(line) as LogLine;
        } catch {
          other.push(line);
          return;
        }
        logs.push(parsed);
        if (typeof parsed.port === 'number' && /is running/.test(parsed.msg)) {
          clearTimeout(t);
          resolvePort(parsed.port);
        }
      });
    read(child.stdout!);
    read(child.stderr!);
    void exited.then(({ code }) => {
      clearTimeout(t);
      reject(new Error(`the server exited with ${code}: ${other.join('\n')}`));
    });
  });
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    logs,
    other,
    exited,
    alive: () => exitedWith === null,
    kill: async (signal: NodeJS.Signals = 'SIGKILL') => {
      if (exitedWith) return;
      child.kill(signal);
      await exited;
    },
  };
}

export interface Sample {
  kind: string;
  status: number;
  /** set when no HTTP response came back */
  error?: string;
  code?: string;
  message?: string;
  started: number;
  ms: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** One JSON request; never throws: connection failures come back as status 0 with `error`. */
export function call(
  base: string,
  method: string,
  path: string,
  options: {
    token?: string;
    body?: unknown;
    kind?: string;
    timeoutMs?: number;
  } = {},
): Promise<Sample & { body: unknown }> {
  const started = Date.now();
  const url = new URL(path, base);
  const payload =
    options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolveCall) => {
    const done = (s: Partial<Sample> & { body?: unknown }) =>
      resolveCall({
        kind: options.kind ?? `${method} ${path}`,
        status: 0,
        started,
        ms: Date.now() - started,
        body: undefined,
        ...s,
      });
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        agent,
        headers: {
          accept: 'application/json, text/html',
          ...(payload ? { 'content-type': 'application/json' } : {}),
          ...(options.token
            ? { authorization: `Bearer ${options.token}` }
            : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          if (/json/.test(res.headers['content-type'] ?? ''))
            try {
              body = JSON.parse(text);
            } catch {
              body = text;
            }
          const b = body as { code?: unknown; message?: unknown };
          done({
            status: res.statusCode ?? 0,
            body,
            code: typeof b?.code === 'string' ? b.code : undefined,
            message: typeof b?.message === 'string' ? b.message : undefined,
          });
        });
        res.on('error', (e) => done({ error: e.message }));
      },
    );
    req.setTimeout(options.timeoutMs ?? 30_000, () =>
      req.destroy(new Error('timeout')),
    );
    req.on('error', (e: NodeJS.ErrnoException) =>
      done({ error: e.code ?? e.message }),
    );
    req.end(payload);
  });
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[
    Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))
  ];
}

/**
 * A `/rooms` client that keeps reconnecting as a browser's would (test/support/sockets.ts's
 * `connect` closes the socket on its first connect_error, which suits handshake tests only).
 */
export function reconnectingClient(
  url: string,
  token: string,
): Promise<Client> {
  const socket: Client = io(`${url}/rooms`, {
    auth: { token },
    transports: ['websocket'],
    forceNew: true,
    reconnection: true,
    reconnectionDelay: 200,
    reconnectionDelayMax: 1000,
    timeout: 5000,
  });
  return new Promise((resolveClient, reject) => {
    const t = setTimeout(
      () => reject(new Error('no connection in 10 s')),
      10_000,
    );
    socket.once('connect', () => {
      clearTimeout(t);
      resolveClient(socket);
    });
  });
}
