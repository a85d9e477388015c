/**
 * Schema tooling, run from the built code:
 *   npm run migration:run                 apply pending migrations to the configured database
 *   npm run migration:check               fresh SQLite (and MariaDB when DATABASE_URL is set):
 *                                         migrate from nothing, fail if the entities still differ
 *   npm run migration:generate -- Name    write the migration for both drivers (needs MariaDB at
 *                                         DATABASE_URL or mysql://root@127.0.0.1:3306/test)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig, type AppConfig } from '../config/index.js';
import {
  createDataSource,
  pendingSchemaChanges,
  runMigrations,
} from './data-source.js';
import { withScratchMysqlDatabase } from './scratch-mysql.js';

type Db = AppConfig['database'];
const out = (s: string) => process.stdout.write(s + '\n');

async function withScratchSqlite<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'uramost-schema-'));
  try {
    return await fn({ type: 'sqlite', file: join(dir, 'schema.sqlite') });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function drift(database: Db): Promise<{ up: string[]; down: string[] }> {
  const ds = createDataSource({ database });
  await ds.initialize();
  try {
    await runMigrations(ds);
    return await pendingSchemaChanges(ds);
  } finally {
    await ds.destroy();
  }
}

function mysqlDb(url: string): Db {
  return {
    type: 'mysql',
    flavor: url.startsWith('mysql:') ? 'mysql' : 'mariadb',
    url: url.replace(/^mariadb:/, 'mysql:'),
    poolSize: 2,
  };
}

function serverUrl(): string {
  return process.env.DATABASE_URL ?? 'mariadb://root@127.0.0.1:3306/test';
}

async function check(): Promise<number> {
  let failed = 0;
  const report = (name: string, up: string[]) => {
    if (up.length === 0) {
      out(`${name}: migrations match the entities.`);
      return;
    }
    failed++;
    out(
      `${name}: the entities differ from the migrations; run npm run migration:generate -- Name. Missing SQL:`,
    );
    for (const q of up) out('  ' + q);
  };
  report('sqlite', (await withScratchSqlite(drift)).up);
  if (process.env.DATABASE_URL) {
    report(
      'mysql',
      (
        await withScratchMysqlDatabase(serverUrl(), (url) =>
          drift(mysqlDb(url)),
        )
      ).up,
    );
  } else {
    out('mysql: skipped (set DATABASE_URL to check MariaDB/MySQL too).');
  }
  return failed === 0 ? 0 : 1;
}

function migrationSource(
  className: string,
  up: string[],
  down: string[],
): string {
  const lines = (qs: string[]) =>
    qs.map((q) => `    await q.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(q: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(q: QueryRunner): Promise<void> {
${lines([...down].reverse())}
  }
}
`;
}

function addMigration(
  driver: 'sqlite' | 'mysql',
  className: string,
  fileBase: string,
  up: string[],
  down: string[],
) {
  const dir = resolve('src/database/migrations', driver);
  writeFileSync(
    join(dir, `${fileBase}.ts`),
    migrationSource(className, up, down),
  );
  const indexFile = join(dir, 'index.ts');
  let index = readFileSync(indexFile, 'utf8');
  index = index.replace(
    /^(\/\/[^\n]*\n)/,
    `$1import { ${className} } from './${fileBase}.js';\n`,
  );
  index = index.replace(/\[([^\]]*)\];\s*$/, (_m, body: string) => {
    const items = body
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    items.push(className);
    return `[${items.join(', ')}];\n`;
  });
  writeFileSync(indexFile, index);
  out(
    `${driver}: wrote ${join('src/database/migrations', driver, fileBase)}.ts (${up.length} statements)`,
  );
}

async function generate(name: string | undefined): Promise<number> {
  if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    out(
      'Give the migration a name in PascalCase: npm run migration:generate -- AddEvents',
    );
    return 2;
  }
  const stamp = Date.now();
  const className = `${name}${stamp}`;
  const fileBase = `${stamp}-${name}`;
  const sqlite = await withScratchSqlite(drift);
  const mysql = await withScratchMysqlDatabase(serverUrl(), (url) =>
    drift(mysqlDb(url)),
  );
  if (sqlite.up.length === 0 && mysql.up.length === 0) {
    out('No changes: the migrations already match the entities.');
    return 0;
  }
  if (sqlite.up.length)
    addMigration('sqlite', className, fileBase, sqlite.up, sqlite.down);
  if (mysql.up.length)
    addMigration('mysql', className, fileBase, mysql.up, mysql.down);
  return 0;
}

async function run(): Promise<number> {
  const config = loadConfig();
  const ds = createDataSource(config);
  await ds.initialize();
  try {
    const n = await runMigrations(ds);
    out(`Applied ${n} migration(s) to the ${config.database.type} database.`);
    return 0;
  } finally {
    await ds.destroy();
  }
}

const [command, arg] = process.argv.slice(2);
const commands: Record<string, () => Promise<number>> = {
  run,
  check,
  generate: () => generate(arg),
};
const fn = command ? commands[command] : undefined;
if (!fn) {
  out('Usage: node dist/database/cli.js run | check | generate Name');
  process.exitCode = 2;
} else {
  try {
    process.exitCode = await fn();
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
