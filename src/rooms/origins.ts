import type { AppConfig } from '../config/index.js';

/**
 * Which page origins may open a socket: the public URL's origin and CORS_ORIGINS.
 *
 * A handshake without an Origin header is let through. Browsers send Origin on every WebSocket
 * handshake and on every cross-origin request, so a page on another site always has one; requests
 * without it come from non-browser clients (apps, scripts, the load test) or from our own pages'
 * same-origin polling. What makes that safe is that sockets never authenticate with ambient
 * credentials: the token must be in the handshake's `auth`, the session cookie is ignored, so a
 * request a foreign page could forge carries no identity.
 */
export function allowedOrigins(
  config: Pick<AppConfig, 'publicUrl' | 'corsOrigins'>,
): Set<string> {
  const out = new Set<string>();
  out.add(new URL(config.publicUrl).origin);
  for (const o of config.corsOrigins) out.add(new URL(o).origin);
  return out;
}

export function originAllowed(
  origin: string | string[] | undefined,
  allowed: Set<string>,
): boolean {
  if (origin === undefined) return true;
  if (Array.isArray(origin)) return false;
  return allowed.has(origin);
}
