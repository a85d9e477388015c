import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';

/** Debian's Chromium, never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const PHONE = { width: 390, height: 844 };
export const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `The browser tests drive Debian's Chromium, and there is none at ${CHROMIUM}: ` +
        'install it with `apt-get install chromium` (.ci/run does), or set CHROMIUM_PATH.',
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A phone-sized context; `acceptLanguage` is what the browser tells the site. `forAxe` lets
 * axe-core be injected as a script tag: the site's CSP (script-src 'self') rightly refuses it
 * otherwise. Contexts without it keep the CSP, and the journey test fails on any CSP report.
 */
export function phoneContext(
  browser: Browser,
  acceptLanguage = 'en-GB,en;q=0.9',
  opts: { forAxe?: boolean } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    bypassCSP: opts.forAxe ?? false,
    viewport: PHONE,
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: acceptLanguage.split(',')[0],
    extraHTTPHeaders: { 'Accept-Language': acceptLanguage },
    timezoneId: 'Europe/Belgrade',
  });
}

/** Signs a context in with an API token: the same cookie the sign-in form sets. */
export async function signInWithToken(
  context: BrowserContext,
  baseUrl: string,
  token: string,
) {
  await context.addCookies([
    {
      name: 'uramost_session',
      value: token,
      url: baseUrl,
      httpOnly: true,
      sameSite: 'Lax',
    },
  ]);
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: join(SCREENSHOTS, `${name}.png`),
    fullPage: true,
  });
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  });
  return violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
}

/**
 * Submits a plain form (post/redirect/get) and waits for the page it leads to, which shows the
 * one-time notice `notice` when given. The address may be the same as before: the notice travels
 * in a cookie, not in the URL.
 */
export async function submit(page: Page, button: Locator, notice?: string) {
  const arrived = page.waitForEvent('load');
  await button.click();
  await arrived;
  if (notice) await page.locator('.notice', { hasText: notice }).waitFor();
}

// ---- the accessibility audits: every page state, as its person, in every language ----------

export const LOCALES = ['en', 'sq', 'sr-Latn', 'sr-Cyrl'] as const;
export type PageLocale = (typeof LOCALES)[number];

/** One page in one state, looked at by one of the audit's people. */
export interface PageState<Who extends string> {
  name: string;
  as: Who;
  path: string;
  /** the page's HTTP status (200 unless given) */
  status?: number;
  /** brings the page into the state to check (a form with errors …); nothing is saved */
  prepare?: (page: Page) => Promise<void>;
  /** kept as test-results/screenshots/<locale>-<prefix><name>.png */
  screenshot?: boolean;
}

/** Clicks the button and waits for the page's error summary. */
export const submitForErrors = (button: string) => async (page: Page) => {
  await page.locator(button).click();
  await page.locator('.error-summary').waitFor();
};

/** The same for the submit button of the form posting to `action`. */
export const submitFormForErrors = (action: string) =>
  submitForErrors(`form[action="${action}"] button[type=submit]`);

export interface Audit<Who extends string> {
  browser: Browser;
  baseUrl: string;
  states: PageState<Who>[];
  /** the session of each person; undefined for the anonymous */
  tokens: Record<Who, string | undefined>;
}

/**
 * Opens every state's page as its person in `locale` (the language link sets the cookie that the
 * next pages keep) and collects axe-core's serious and critical violations, a wrong status or
 * language, and pages of 100 kB or more.
 */
async function auditLocale<Who extends string>(
  a: Audit<Who>,
  locale: PageLocale,
  screenshotPrefix: string,
) {
  const problems: (AxeViolation & { page: string })[] = [];
  const wrong: string[] = [];
  const tooLarge: string[] = [];
  for (const as of new Set(a.states.map((s) => s.as))) {
    const context = await phoneContext(a.browser, undefined, { forAxe: true });
    const token = a.tokens[as];
    if (token) await signInWithToken(context, a.baseUrl, token);
    const page = await context.newPage();
    await page.goto(`${a.baseUrl}/?lang=${locale}`);
    for (const state of a.states.filter((s) => s.as === as)) {
      const res = await page.goto(a.baseUrl + state.path);
      if (res!.status() !== (state.status ?? 200))
        wrong.push(`${state.name}: status ${res!.status()}`);
      const bytes = (await res!.body()).length;
      if (bytes >= 100_000) tooLarge.push(`${state.name}: ${bytes} bytes`);
      if (state.prepare) await state.prepare(page);
      const lang = await page.getAttribute('html', 'lang');
      if (lang !== locale) wrong.push(`${state.name}: lang ${lang}`);
      for (const v of await seriousViolations(page))
        problems.push({ page: state.name, ...v });
      if (state.screenshot)
        await screenshot(page, `${locale}-${screenshotPrefix}${state.name}`);
    }
    await context.close();
  }
  return { problems, wrong, tooLarge };
}

/** Runs at most `n` of the given tasks at once. */
function limiter(n: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= n) await new Promise<void>((r) => waiting.push(r));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/**
 * One test per locale: axe-core finds nothing serious or critical, every page answers with its
 * status, in the locale, under 100 kB. `audit` is read when the tests run (after beforeAll).
 * `parallel` locales at a time: the browser renders one while the app answers the other; the
 * generous timeout is for a busy machine, an idle one takes a fraction of it.
 */
export function auditEveryLocale<Who extends string>(
  audit: () => Audit<Who>,
  opts: { timeout: number; parallel: number; screenshotPrefix?: string },
) {
  const slots = limiter(opts.parallel);
  it.concurrent.each(LOCALES)(
    '%s',
    async (locale) => {
      const found = await slots(() =>
        auditLocale(audit(), locale, opts.screenshotPrefix ?? ''),
      );
      expect(found).toEqual({ problems: [], wrong: [], tooLarge: [] });
    },
    opts.timeout,
  );
}
