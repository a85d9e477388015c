import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * CSRF protection for every form post: a signed double-submit token. The browser holds a random
 * `uramost_csrf` cookie (httpOnly); each form carries HMAC(key, csrf cookie ‖ session cookie). A
 * post is accepted only when the field matches the cookies it arrived with, so a token is tied to
 * this browser and to this sign-in: it changes at log-in and log-out, another site cannot read it,
 * and a cookie planted from a sibling domain is useless without the server's key. Nothing is kept
 * on the server, so any instance behind the proxy can check any form.
 */
export class CsrfTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('uramost csrf v1').digest();
  }

  static newBrowserSecret(): string {
    return randomBytes(24).toString('base64url');
  }

  tokenFor(browserSecret: string, session: string | undefined): string {
    return createHmac('sha256', this.key)
      .update(browserSecret)
      .update('\n')
      .update(session ?? '')
      .digest('base64url');
  }

  verify(
    token: unknown,
    browserSecret: string | undefined,
    session: string | undefined,
  ): boolean {
    if (
      typeof token !== 'string' ||
      !browserSecret ||
      browserSecret.length < 16
    )
      return false;
    const expected = Buffer.from(this.tokenFor(browserSecret, session));
    const given = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
