import { createServer } from 'node:net';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { loadConfig } from '../../src/config/index.js';
import { ADMIN, createTestDatabase, TEST_SECRET } from '../support/app.js';

/** A port free right now (the app takes it a moment later). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * Like startIsolatedApp, but PUBLIC_URL is the address the browser opens: the rooms' socket
 * accepts pages of the site's own origin only (rooms/origins.ts), and an origin has a port.
 */
export async function startLiveApp() {
  const db = await createTestDatabase();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'false',
    RATE_LIMITS: 'off',
    JWT_SECRET: TEST_SECRET,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    PUBLIC_URL: url,
    ...db.env,
  });
  const { app } = await createApp(config);
  await app.listen(port, '127.0.0.1');
  return {
    app,
    url,
    ds: app.get(DataSource),
    close: async () => {
      await app.close();
      await db.dispose();
    },
  };
}
