import {
  Catch,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { safeUrl } from './logger.js';
import { mapError, type ErrorBody } from './error-mapping.js';

export type { ErrorBody };

/** Error pages for the server-rendered web pages (the web module provides them). */
export interface HtmlErrorPages {
  renderError(error: ErrorBody, req: Request, res: Response): Promise<void>;
}

/** A browser asking for a page: it accepts HTML and the path is not the JSON API or health. */
export function wantsHtmlPage(req: Request): boolean {
  if (/^\/(api|health)(\/|$)/.test(req.path)) return false;
  return /\btext\/html\b/.test(req.headers.accept ?? '');
}

/**
 * The one HTTP error format: `{statusCode, code, message, details?, requestId}`. Page requests
 * from browsers get the same error as an HTML page instead (or a sign-in redirect for 401).
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(
    private readonly logger: Logger,
    private readonly pages?: HtmlErrorPages,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const ctx = host.switchToHttp();
    sendError(
      this.logger,
      exception,
      ctx.getRequest<Request>(),
      ctx.getResponse<Response>(),
      this.pages,
    );
  }
}

export function sendError(
  logger: Logger,
  exception: unknown,
  req: Request,
  res: Response,
  pages?: HtmlErrorPages,
): void {
  const mapped = mapError(exception);
  const requestId = (req as Request & { id?: string }).id;
  if (mapped.unexpected) {
    logger.error(
      {
        err: exception,
        requestId,
        method: req.method,
        url: safeUrl(req.originalUrl),
      },
      'unhandled error',
    );
  }
  if (res.headersSent) {
    res.end();
    return;
  }
  // a route's own type (@Header('Content-Type', 'text/csv') is set before the handler runs) and
  // download name do not belong to its error
  res.removeHeader('Content-Type');
  res.removeHeader('Content-Disposition');
  for (const [k, v] of Object.entries(mapped.headers ?? {}))
    res.setHeader(k, v);
  const body = { ...mapped.body, requestId };
  if (pages && wantsHtmlPage(req)) {
    void pages.renderError(body, req, res).catch((err: unknown) => {
      logger.error({ err, requestId }, 'error page failed');
      if (!res.headersSent) res.status(body.statusCode).json(body);
    });
    return;
  }
  res.status(body.statusCode).json(body);
}
