import request from 'supertest';
import { auth, PASSWORD, signUp } from '../support/actors.js';
import { startIsolatedApp } from '../support/app.js';
import { send, type RawResponse } from './support/http.js';
import { recordSummary } from './support/summary.js';

/**
 * Headers and cookies as a browser sees them: a strict Content-Security-Policy on pages, HSTS in
 * production only, no stack traces in any error, cookies httpOnly and SameSite (Secure in
 * production), CORS only for the configured origins. One app in the test configuration and one
 * with NODE_ENV=production and the secrets production requires.
 */

type App = Awaited<ReturnType<typeof startIsolatedApp>>;
const ALLOWED = 'https://partners.uramost.example';
const FOREIGN = 'https://evil.example';
const STACK =
  /\bat [\w.<>]+ \(|node_modules|\.[cm]?[jt]s:\d+|QueryFailedError|SqliteError|ER_[A-Z_]{3,}|SQLITE_/;
const PAGES = ['/', '/events', '/login', '/signup', '/no-such-page'];

const figures = {
  pagesCheckedForCsp: 0,
  errorBodiesChecked: 0,
  cookiesChecked: 0,
  corsOriginsChecked: 0,
  hstsChecks: 0,
};

let dev: App;
let prod: App;

beforeAll(async () => {
  dev = await startIsolatedApp({ CORS_ORIGINS: ALLOWED });
  prod = await startIsolatedApp({
    NODE_ENV: 'production',
    RATE_LIMITS: 'on',
    DEMO_DATA: 'false',
    CORS_ORIGINS: ALLOWED,
    PUBLIC_URL: 'https://uramost.example',
  });
}, 120_000);
afterAll(async () => {
  recordSummary('headers', dev.db.kind, figures);
  await dev?.close();
  await prod?.close();
});

/** The directives of a Content-Security-Policy header, by name. */
function csp(res: { headers: Record<string, unknown> }) {
  const header = String(res.headers['content-security-policy'] ?? '');
  return new Map(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

function setCookies(res: RawResponse | request.Response): string[] {
  const h = res.headers['set-cookie'];
  return Array.isArray(h) ? h : h ? [String(h)] : [];
}

/** Signs in through the login form (with the CSRF token the form carries) and returns its answer. */
async function formLogin(app: App, email: string, password: string) {
  const form = await send(app.url, {
    method: 'GET',
    path: '/login',
    headers: { accept: 'text/html' },
  });
  const csrfCookie = setCookies(form)
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('uramost_csrf='))!;
  const token = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
  return send(app.url, {
    method: 'POST',
    path: '/login',
    headers: {
      accept: 'text/html',
      cookie: csrfCookie,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ email, password, _csrf: token }).toString(),
  });
}

describe('Content-Security-Policy on pages', () => {
  it.each(['test', 'production'])(
    'is strict on every page, error pages included (%s)',
    async (mode) => {
      const app = mode === 'production' ? prod : dev;
      for (const path of PAGES) {
        const res = await send(app.url, {
          method: 'GET',
          path,
          headers: { accept: 'text/html' },
        });
        expect(res.status, path).toBeLessThan(500);
        expect(res.headers['content-type']).toMatch(/text\/html/);
        const d = csp(res);
        expect(d.get('default-src')).toEqual(["'self'"]);
        expect(d.get('script-src')).toEqual(["'self'"]);
        expect(d.get('object-src')).toEqual(["'none'"]);
        expect(d.get('frame-ancestors')).toEqual(["'none'"]);
        expect(d.get('form-action')).toEqual(["'self'"]);
        expect(d.has('upgrade-insecure-requests')).toBe(mode === 'production');
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['x-powered-by']).toBeUndefined();
        // the policy forbids inline scripts: the pages must not need any
        expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
        expect(res.text).not.toMatch(/\son(click|load|error|submit)=/i);
        figures.pagesCheckedForCsp++;
      }
    },
  );
});

describe('HSTS', () => {
  it('is sent in production, on pages and on the API', async () => {
    for (const path of ['/', '/api/events', '/health']) {
      const res = await send(prod.url, { method: 'GET', path });
      const hsts = String(res.headers['strict-transport-security'] ?? '');
      expect(hsts, path).toMatch(/max-age=(\d+)/);
      expect(Number(/max-age=(\d+)/.exec(hsts)![1])).toBeGreaterThanOrEqual(
        180 * 24 * 3600,
      );
      expect(hsts).toMatch(/includeSubDomains/i);
      figures.hstsChecks++;
    }
  });

  it('is not sent outside production (a laptop on plain HTTP must not be pinned to HTTPS)', async () => {
    const res = await send(dev.url, { method: 'GET', path: '/' });
    expect(res.headers['strict-transport-security']).toBeUndefined();
    figures.hstsChecks++;
  });
});

describe('error bodies', () => {
  const errorRequests = [
    { method: 'GET', path: '/api/nothing-here' },
    { method: 'GET', path: '/api/events/not-an-id' },
    { method: 'GET', path: '/api/events/%ff' },
    { method: 'GET', path: '/api/me' },
    {
      method: 'GET',
      path: '/api/me',
      headers: { authorization: 'Bearer forged.token.value' },
    },
    {
      method: 'POST',
      path: '/api/auth/register',
      body: '{"email":',
      json: true,
    },
    {
      method: 'POST',
      path: '/api/auth/register',
      body: '{"email":"x"}',
      json: true,
    },
    {
      method: 'POST',
      path: '/api/auth/register',
      body: `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`,
      json: true,
    },
    {
      method: 'POST',
      path: '/api/auth/login',
      body: `{"email":"${'x'.repeat(200_000)}"}`,
      json: true,
    },
    { method: 'DELETE', path: '/api/reference' },
    { method: 'GET', path: '/calendar/not-a-token.ics' },
  ];

  it.each(['test', 'production'])(
    'name no stack, file, query or driver (%s)',
    async (mode) => {
      const app = mode === 'production' ? prod : dev;
      for (const r of errorRequests) {
        const res = await send(app.url, {
          method: r.method,
          path: r.path,
          headers: {
            ...(r.json ? { 'content-type': 'application/json' } : {}),
            ...r.headers,
          },
          body: r.body,
        });
        expect(res.status, `${r.method} ${r.path}`).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(res.text).not.toMatch(STACK);
        expect(res.json).toMatchObject({
          statusCode: res.status,
          code: expect.any(String),
          message: expect.any(String),
        });
        figures.errorBodiesChecked++;
      }
      // the same errors as pages
      for (const path of [
        '/no-such-page',
        '/events/not-an-id',
        '/events/%ff',
      ]) {
        const res = await send(app.url, {
          method: 'GET',
          path,
          headers: { accept: 'text/html' },
        });
        expect(res.status, path).toBeGreaterThanOrEqual(400);
        expect(res.text).not.toMatch(STACK);
        figures.errorBodiesChecked++;
      }
    },
  );

  it('hides a real server fault behind a generic 500 with a request id', async () => {
    // break one table of the production app's own scratch database: every read of it now fails
    await prod.ds.query('ALTER TABLE publications RENAME TO publications_gone');
    try {
      for (const accept of ['application/json', 'text/html']) {
        const res = await send(prod.url, {
          method: 'GET',
          path: '/api/publications',
          headers: { accept },
        });
        expect(res.status).toBe(500);
        expect(res.json).toEqual({
          statusCode: 500,
          code: 'INTERNAL_ERROR',
          message: 'Something went wrong on our side. Please try again.',
          requestId: expect.any(String),
        });
        expect(res.text).not.toMatch(STACK);
        expect(res.text).not.toMatch(
          /publications|SELECT|no such table|doesn't exist/i,
        );
        figures.errorBodiesChecked++;
      }
    } finally {
      await prod.ds.query(
        'ALTER TABLE publications_gone RENAME TO publications',
      );
    }
    await request(prod.url).get('/api/publications').expect(200);
  });
});

describe('cookies', () => {
  const check = (cookies: string[], secure: boolean) => {
    expect(cookies.length).toBeGreaterThan(0);
    for (const c of cookies) {
      const attrs = c.split(';').map((a) => a.trim().toLowerCase());
      expect(attrs, c).toContain('httponly');
      expect(
        attrs.some((a) => a === 'samesite=lax' || a === 'samesite=strict'),
        c,
      ).toBe(true);
      expect(attrs.includes('secure'), c).toBe(secure);
      expect(attrs, c).toContain('path=/');
      figures.cookiesChecked++;
    }
  };

  it.each(['test', 'production'])(
    'are httpOnly and SameSite, and Secure in production (%s)',
    async (mode) => {
      const app = mode === 'production' ? prod : dev;
      const person = await signUp(app.url);
      const signedIn = await formLogin(app, person.email, PASSWORD);
      expect(signedIn.status).toBe(303);
      const session = setCookies(signedIn).find((c) =>
        c.startsWith('uramost_session='),
      );
      expect(session).toBeDefined();
      check(setCookies(signedIn), mode === 'production');
      const lang = await send(app.url, {
        method: 'GET',
        path: '/?lang=sq',
        headers: { accept: 'text/html' },
      });
      check(setCookies(lang), mode === 'production');
      // the session cookie alone does not let a cross-site form change anything through the API
      await request(app.url)
        .put('/api/me/profile')
        .set('cookie', session!.split(';')[0])
        .send({ displayName: 'Hijacked' })
        .expect(401);
      await request(app.url).get('/api/me').set(auth(person)).expect(200);
    },
  );

  it('the API sets no cookies at all', async () => {
    const person = await signUp(dev.url);
    const res = await request(dev.url)
      .post('/api/auth/login')
      .send({ email: person.email, password: PASSWORD })
      .expect(200);
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});

describe('CORS', () => {
  it.each(['test', 'production'])(
    'answers the configured origin and nobody else (%s)',
    async (mode) => {
      const app = mode === 'production' ? prod : dev;
      const preflight = (origin: string) =>
        send(app.url, {
          method: 'OPTIONS',
          path: '/api/events',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization,content-type',
          },
        });
      const allowed = await preflight(ALLOWED);
      expect(allowed.status).toBeLessThan(300);
      expect(allowed.headers['access-control-allow-origin']).toBe(ALLOWED);
      expect(allowed.headers['access-control-allow-credentials']).toBe('true');
      expect(String(allowed.headers.vary)).toMatch(/origin/i);
      const get = await send(app.url, {
        method: 'GET',
        path: '/api/events',
        headers: { origin: ALLOWED },
      });
      expect(get.headers['access-control-allow-origin']).toBe(ALLOWED);
      figures.corsOriginsChecked++;

      for (const origin of [
        FOREIGN,
        'null',
        `${ALLOWED}.evil.example`,
        'http://partners.uramost.example',
        ALLOWED.toUpperCase(),
      ]) {
        for (const res of [
          await preflight(origin),
          await send(app.url, {
            method: 'GET',
            path: '/api/events',
            headers: { origin },
          }),
        ]) {
          // (the cors package sends Allow-Credentials regardless; without Allow-Origin a browser
          // gives the page nothing)
          expect(
            res.headers['access-control-allow-origin'],
            origin,
          ).toBeUndefined();
        }
        figures.corsOriginsChecked++;
      }
    },
  );

  it('answers no origin at all when none is configured', async () => {
    const bare = await startIsolatedApp();
    try {
      for (const origin of [ALLOWED, FOREIGN]) {
        const res = await send(bare.url, {
          method: 'GET',
          path: '/api/events',
          headers: { origin },
        });
        expect(res.status).toBe(200);
        expect(res.headers['access-control-allow-origin']).toBeUndefined();
        figures.corsOriginsChecked++;
      }
    } finally {
      await bare.close();
    }
  });
});
