import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';

/**
 * Creates an empty utf8mb4 database on the server named by `serverUrl`, hands its URL to `fn`, and
 * drops it afterwards. Used by the schema drift check and by the e2e tests (one database per file).
 */
export async function createScratchMysqlDatabase(
  serverUrl: string,
  prefix = 'uramost_tmp',
): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = new URL(serverUrl.replace(/^mariadb:/, 'mysql:'));
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = await createConnection({
    host: base.hostname,
    port: Number(base.port || 3306),
    user: decodeURIComponent(base.username),
    password: decodeURIComponent(base.password),
  });
  try {
    await admin.query(
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await admin.end();
  }
  const url = new URL(base.toString());
  url.pathname = '/' + name;
  // keep the caller's scheme: mariadb:// selects TypeORM's MariaDB dialect
  const scheme = serverUrl.startsWith('mariadb:') ? 'mariadb:' : 'mysql:';
  return {
    url: url.toString().replace(/^mysql:/, scheme),
    drop: async () => {
      const conn = await createConnection({
        host: base.hostname,
        port: Number(base.port || 3306),
        user: decodeURIComponent(base.username),
        password: decodeURIComponent(base.password),
      });
      try {
        await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await conn.end();
      }
    },
  };
}

export async function withScratchMysqlDatabase<T>(
  serverUrl: string,
  fn: (url: string) => Promise<T>,
): Promise<T> {
  const db = await createScratchMysqlDatabase(serverUrl, 'uramost_schema');
  try {
    return await fn(db.url);
  } finally {
    await db.drop();
  }
}
