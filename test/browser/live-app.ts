import { createServer } from 'node:net';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { loadConfig } from '../../src/config/index.js';
import type { BrowserContext, Page } from 'playwright-core';
import {
  createOrganiser,
  loginAdmin,
  organisationIds,
  type Person,
} from '../support/actors.js';
import { ADMIN, createTestDatabase, TEST_SECRET } from '../support/app.js';
import {
  launchBrowser,
  phoneContext,
  signInWithToken,
} from './support/browser.js';

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

/**
 * What the live browser specs share: the live app, a browser, an organiser of BCSP, and pages
 * signed in as anyone (phone-sized), each collecting the page's script errors and CSP reports
 * into `pageErrors`. `close` ends all of it.
 */
export async function startLiveStage() {
  const [app, browser] = await Promise.all([startLiveApp(), launchBrowser()]);
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const close = async () => {
    for (const c of contexts) await c.close();
    await browser.close();
    await app.close();
  };
  try {
    const organiser = await createOrganiser(
      app.url,
      await loginAdmin(app.url),
      (await organisationIds(app.url)).BCSP,
    );
    return {
      app,
      url: app.url,
      browser,
      organiser,
      pageErrors,
      /** A new page (in a context of its own) signed in as `who`. */
      async open(who: Person): Promise<Page> {
        const context = await phoneContext(browser);
        contexts.push(context);
        await signInWithToken(context, app.url, who.token);
        const page = await context.newPage();
        page.on('pageerror', (e) => pageErrors.push(e.message));
        page.on('console', (m) => {
          if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
            pageErrors.push(m.text());
        });
        return page;
      },
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
