import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/**
 * The one place that reads process.env. Every variable is parsed and validated once, at start-up;
 * a wrong value stops the process with one line per problem that names the variable and says what
 * is expected. Everything else receives the typed AppConfig through injection.
 */

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel =
  'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface AppConfig {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  publicUrl: string;
  dataDir: string;
  database:
    | { type: 'sqlite'; file: string }
    | {
        type: 'mysql';
        flavor: 'mysql' | 'mariadb';
        url: string;
        poolSize: number;
      };
  redisUrl?: string;
  jwt: { secret: string; ttlSeconds: number; audience: string; issuer: string };
  admin?: { email: string; password: string };
  smtpUrl?: string;
  mailFrom: string;
  /** Outbox worker: poll interval, first retry delay (doubling, capped at an hour), attempts. */
  mail: { pollMs: number; retryMs: number; maxAttempts: number };
  logLevel: LogLevel;
  corsOrigins: string[];
  demoData: boolean;
  rateLimits: boolean;
  bodyLimit: string;
  trustProxy: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

/** The placeholder shipped in .env.example; production refuses it like a missing secret. */
export const EXAMPLE_SECRET = 'change-me-to-a-long-random-string';

type Env = Record<string, string | undefined>;

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  raw(name: string): string | undefined {
    const v = this.env[name];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  }

  fail(name: string, expected: string, got?: string): undefined {
    const shown =
      got === undefined
        ? ''
        : ` (got "${got.length > 60 ? got.slice(0, 57) + '…' : got}")`;
    this.problems.push(`${name} must be ${expected}${shown}.`);
    return undefined;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const v = this.raw(name);
    if (v === undefined) return fallback;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    this.fail(name, `one of ${allowed.join(', ')}`, v);
    return fallback;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const v = this.raw(name);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!/^\d+$/.test(v) || n < min || n > max) {
      this.fail(name, `a whole number from ${min} to ${max}`, v);
      return fallback;
    }
    return n;
  }

  bool(name: string, fallback: boolean): boolean {
    const v = this.raw(name)?.toLowerCase();
    if (v === undefined) return fallback;
    if (['true', '1', 'yes', 'on'].includes(v)) return true;
    if (['false', '0', 'no', 'off'].includes(v)) return false;
    this.fail(name, 'true or false', v);
    return fallback;
  }

  url(name: string, protocols: string[]): string | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    try {
      const u = new URL(v);
      if (protocols.includes(u.protocol)) return v;
    } catch {
      // reported below
    }
    // Never echo a URL back: it may carry a password.
    return this.fail(
      name,
      `a URL starting with ${protocols.map((p) => p + '//').join(' or ')}`,
    );
  }
}

export function loadConfig(env: Env = process.env): AppConfig {
  const r = new Reader(env);
  const nodeEnv = r.oneOf<NodeEnv>(
    'NODE_ENV',
    ['development', 'production', 'test'],
    'development',
  );
  const production = nodeEnv === 'production';

  const port = r.int('PORT', 3000, 0, 65535);
  const host = r.raw('HOST') ?? '0.0.0.0';
  let publicUrl =
    r.url('PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`;
  publicUrl = publicUrl.replace(/\/+$/, '');

  const dataDirRaw = r.raw('DATA_DIR') ?? 'data';
  const dataDir = isAbsolute(dataDirRaw)
    ? dataDirRaw
    : resolve(process.cwd(), dataDirRaw);

  const databaseUrl = r.url('DATABASE_URL', ['mysql:', 'mariadb:']);
  const poolSize = r.int('DB_POOL_SIZE', 10, 1, 200);
  const database: AppConfig['database'] = databaseUrl
    ? {
        type: 'mysql',
        flavor: databaseUrl.startsWith('mariadb:') ? 'mariadb' : 'mysql',
        url: databaseUrl.replace(/^mariadb:/, 'mysql:'),
        poolSize,
      }
    : { type: 'sqlite', file: join(dataDir, 'uramost.sqlite') };

  const redisUrl = r.url('REDIS_URL', ['redis:', 'rediss:']);

  let secret = r.raw('JWT_SECRET');
  if (production) {
    if (!secret || secret === EXAMPLE_SECRET) {
      r.fail(
        'JWT_SECRET',
        'set to a long random value in production (at least 32 characters, not the example)',
      );
    } else if (secret.length < 32) {
      r.fail('JWT_SECRET', 'at least 32 characters long in production');
    }
  }
  const ttlSeconds = r.int('ACCESS_TOKEN_TTL', 3600, 60, 7 * 24 * 3600);

  const adminEmail = r.raw('ADMIN_EMAIL');
  const adminPassword = r.raw('ADMIN_PASSWORD');
  let admin: AppConfig['admin'];
  if (adminEmail || adminPassword) {
    if (!adminEmail || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(adminEmail)) {
      r.fail('ADMIN_EMAIL', 'an e-mail address when ADMIN_PASSWORD is set');
    } else if (!adminPassword || adminPassword.length < 12) {
      r.fail(
        'ADMIN_PASSWORD',
        'at least 12 characters when ADMIN_EMAIL is set',
      );
    } else {
      admin = { email: adminEmail.toLowerCase(), password: adminPassword };
    }
  }

  const smtpUrl = r.url('SMTP_URL', ['smtp:', 'smtps:']);
  const mailFrom = r.raw('MAIL_FROM') ?? 'UraMost <no-reply@uramost.local>';
  const mail = {
    pollMs: r.int('MAIL_POLL_MS', 5000, 20, 3_600_000),
    retryMs: r.int('MAIL_RETRY_MS', 30_000, 20, 3_600_000),
    maxAttempts: r.int('MAIL_MAX_ATTEMPTS', 10, 1, 100),
  };
  const logLevel = r.oneOf<LogLevel>(
    'LOG_LEVEL',
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
    nodeEnv === 'test' ? 'silent' : 'info',
  );
  const corsOrigins = (r.raw('CORS_ORIGINS') ?? '')
    .split(',')
    .map((s) => s.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin))
      r.fail(
        'CORS_ORIGINS',
        'a comma-separated list of origins like https://example.org',
        origin,
      );
  }

  // Demo content: on by default only for a new embedded database outside production.
  const demoRaw = r.raw('DEMO_DATA');
  const demoData = r.bool(
    'DEMO_DATA',
    database.type === 'sqlite' && !production,
  );
  if (production && demoData && demoRaw !== undefined)
    r.fail('DEMO_DATA', 'false in production');

  const rateLimits = r.bool('RATE_LIMITS', true);
  if (production && !rateLimits) r.fail('RATE_LIMITS', 'on in production');

  const bodyLimit = r.raw('BODY_LIMIT') ?? '100kb';
  if (!/^\d+(b|kb|mb)$/i.test(bodyLimit))
    r.fail('BODY_LIMIT', 'a size like 100kb or 1mb', bodyLimit);
  const trustProxy = r.bool('TRUST_PROXY', false);

  if (r.problems.length > 0) throw new ConfigError(r.problems);

  if (!secret) secret = localSecret(dataDir);

  return {
    nodeEnv,
    host,
    port,
    publicUrl,
    dataDir,
    database,
    redisUrl,
    jwt: { secret, ttlSeconds, audience: 'uramost', issuer: publicUrl },
    admin,
    smtpUrl,
    mailFrom,
    mail,
    logLevel,
    corsOrigins,
    demoData,
    rateLimits,
    bodyLimit,
    trustProxy,
  };
}

/**
 * Outside production, a missing JWT_SECRET is replaced by a random one kept in DATA_DIR, so that a
 * laptop install is not signed with a secret everybody knows and tokens survive a restart.
 */
function localSecret(dataDir: string): string {
  const file = join(dataDir, '.jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}
