import { CsrfTokens } from './csrf.js';

describe('CSRF tokens', () => {
  const tokens = new CsrfTokens('a secret that is long enough for tests');
  const browser = CsrfTokens.newBrowserSecret();

  it('accepts the token made for the same browser and session', () => {
    const token = tokens.tokenFor(browser, 'jwt-1');
    expect(tokens.verify(token, browser, 'jwt-1')).toBe(true);
  });

  it('refuses it for another session, another browser, another key or no cookie', () => {
    const token = tokens.tokenFor(browser, 'jwt-1');
    expect(tokens.verify(token, browser, 'jwt-2')).toBe(false);
    expect(tokens.verify(token, browser, undefined)).toBe(false);
    expect(tokens.verify(token, CsrfTokens.newBrowserSecret(), 'jwt-1')).toBe(
      false,
    );
    expect(
      new CsrfTokens('another secret, also long enough').verify(
        token,
        browser,
        'jwt-1',
      ),
    ).toBe(false);
    expect(tokens.verify(token, undefined, 'jwt-1')).toBe(false);
  });

  it('refuses missing, malformed and truncated tokens', () => {
    const token = tokens.tokenFor(browser, undefined);
    expect(tokens.verify(undefined, browser, undefined)).toBe(false);
    expect(tokens.verify(['x'], browser, undefined)).toBe(false);
    expect(tokens.verify(token.slice(1), browser, undefined)).toBe(false);
    expect(tokens.verify(token, browser, undefined)).toBe(true);
  });
});
