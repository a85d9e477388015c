import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';
import type { AppConfig } from '../config/index.js';

/**
 * One structured logger. Redaction is a safety net: code must not log secrets, tokens, message
 * bodies or anyone's community in the first place.
 */
export function createLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { app: 'uramost' },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
        '*.accessToken',
        '*.community',
        '*.communityId',
      ],
      censor: '[redacted]',
    },
  });
}

/** Routes Nest's own log lines (bootstrap, module wiring) into pino. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    // Nest's wiring chatter (every module and route) is debug detail, not news.
    const chatter =
      context === 'InstanceLoader' ||
      context === 'RoutesResolver' ||
      context === 'RouterExplorer';
    this.logger[chatter ? 'debug' : 'info']({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
  fatal(message: unknown, context?: string) {
    this.logger.fatal({ context }, String(message));
  }
}

/** Paths that carry secrets (personal calendar tokens, e-mail confirmation links) are masked. */
export function safeUrl(url: string | undefined): string {
  if (!url) return '';
  const path = url.split('?')[0];
  return path
    .replace(/^\/calendar\/[^/]+/, '/calendar/[token]')
    .replace(/\/(confirm|unsubscribe|reset)\/[^/]+/, '/$1/[token]');
}
