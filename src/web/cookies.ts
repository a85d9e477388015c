import type { Request, Response } from 'express';

export const LANG_COOKIE = 'uramost_lang';
export const CSRF_COOKIE = 'uramost_csrf';
export const FLASH_COOKIE = 'uramost_flash';

/** The request's cookies; the first value wins when a name repeats. */
export function readCookies(req: Request): Record<string, string> {
  const out: Record<string, string> = {};
  const header = req.headers.cookie;
  if (!header) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!name || name in out) continue;
    try {
      out[name] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      // a value we did not write: ignore it
    }
  }
  return out;
}

/** Every cookie the pages write: httpOnly, SameSite=Lax, Secure in production, whole site. */
export function setCookie(
  res: Response,
  name: string,
  value: string,
  opts: { secure: boolean; maxAgeSeconds?: number },
) {
  res.cookie(name, value, {
    httpOnly: true,
    sameSite: 'lax',
    secure: opts.secure,
    path: '/',
    ...(opts.maxAgeSeconds !== undefined
      ? { maxAge: opts.maxAgeSeconds * 1000 }
      : {}),
  });
}

export function clearCookie(res: Response, name: string, secure: boolean) {
  res.clearCookie(name, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
