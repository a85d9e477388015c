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
