import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { loadConfig, type AppConfig } from '../../src/config/index.js';
import { createScratchMysqlDatabase } from '../../src/database/scratch-mysql.js';

/** The database a test file runs on: a fresh SQLite directory, or a fresh MariaDB database. */
export interface TestDatabase {
  env: Record<string, string>;
  dataDir: string;
  kind: 'sqlite' | 'mysql';
  dispose(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'uramost-test-'));
  const server = process.env.DATABASE_URL;
  if (!server) {
    return {
      env: { DATA_DIR: dataDir },
      dataDir,
      kind: 'sqlite',
      dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const db = await createScratchMysqlDatabase(server, 'uramost_test');
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: db.url },
    dataDir,
    kind: 'mysql',
    dispose: async () => {
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  url: string;
  ds: DataSource;
  close(): Promise<void>;
}

export const TEST_SECRET = randomBytes(32).toString('hex');
export const ADMIN = {
  email: 'admin@uramost.test',
  password: 'admin password for tests',
};

/** A real app on a random loopback port, on the given database. */
export async function startApp(
  db: TestDatabase,
  env: Record<string, string> = {},
): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'false',
    RATE_LIMITS: 'off',
    JWT_SECRET: TEST_SECRET,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    PUBLIC_URL: 'http://127.0.0.1',
    ...db.env,
    ...env,
  });
  const { app } = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    config,
    url: `http://127.0.0.1:${address.port}`,
    ds: app.get(DataSource),
    close: () => app.close(),
  };
}

/** One app on its own fresh database, for a test file's beforeAll/afterAll. */
export async function startIsolatedApp(env: Record<string, string> = {}) {
  const db = await createTestDatabase();
  const t = await startApp(db, env);
  return {
    ...t,
    db,
    close: async () => {
      await t.close();
      await db.dispose();
    },
  };
}
