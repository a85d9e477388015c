import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/index.js';
import { ENTITIES } from './entities.js';
import { MYSQL_MIGRATIONS } from './migrations/mysql/index.js';
import { SQLITE_MIGRATIONS } from './migrations/sqlite/index.js';

/**
 * Two drivers, one schema. The schema only ever changes through migrations; each driver has its own
 * generated migration list because their DDL differs, and CI checks both against the entities.
 */
export function dataSourceOptions(
  config: Pick<AppConfig, 'database'>,
): DataSourceOptions {
  const db = config.database;
  if (db.type === 'sqlite') {
    mkdirSync(dirname(db.file), { recursive: true });
    return {
      type: 'better-sqlite3',
      database: db.file,
      entities: ENTITIES,
      migrations: SQLITE_MIGRATIONS,
      migrationsTransactionMode: 'each',
      // WAL lets readers proceed while a write commits; busy timeout covers a second process.
      enableWAL: true,
      timeout: 5000,
      synchronize: false,
      logging: false,
    };
  }
  return {
    // TypeORM reads MariaDB's catalogue differently (e.g. nullable defaults): use mariadb:// URLs
    // for MariaDB servers so that the drift check compares like with like.
    type: db.flavor,
    url: db.url,
    entities: ENTITIES,
    migrations: MYSQL_MIGRATIONS,
    migrationsTransactionMode: 'each',
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    poolSize: db.poolSize,
    connectTimeout: 5000,
    extra: {
      connectionLimit: db.poolSize,
      waitForConnections: true,
      // Fail fast instead of queueing forever when the server is gone: requests answer 503.
      queueLimit: db.poolSize * 50,
      enableKeepAlive: true,
    },
    synchronize: false,
    logging: false,
  };
}

/** Runs pending migrations; on MySQL a named lock keeps two instances starting at once apart. */
export async function runMigrations(ds: DataSource): Promise<number> {
  if (ds.options.type === 'better-sqlite3')
    return (await ds.runMigrations()).length;
  const runner = ds.createQueryRunner();
  try {
    await runner.connect();
    const [row] = (await runner.query(
      "SELECT GET_LOCK('uramost_migrations', 120) AS got",
    )) as { got: number }[];
    if (Number(row?.got) !== 1)
      throw new Error('Could not take the migration lock within 120 seconds.');
    try {
      return (await ds.runMigrations()).length;
    } finally {
      await runner.query("SELECT RELEASE_LOCK('uramost_migrations')");
    }
  } finally {
    await runner.release();
  }
}

/** The SQL that would bring the database in line with the entities; empty when there is no drift. */
export async function pendingSchemaChanges(
  ds: DataSource,
): Promise<{ up: string[]; down: string[] }> {
  const sql = await ds.driver.createSchemaBuilder().log();
  return {
    up: sql.upQueries.map((q) => q.query),
    down: sql.downQueries.map((q) => q.query),
  };
}

export function createDataSource(
  config: Pick<AppConfig, 'database'>,
): DataSource {
  return new DataSource(dataSourceOptions(config));
}
