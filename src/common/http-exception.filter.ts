import {
  Catch,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { safeUrl } from './logger.js';
import { mapError } from './error-mapping.js';

/** The one HTTP error format: `{statusCode, code, message, details?, requestId}`. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const ctx = host.switchToHttp();
    sendError(
      this.logger,
      exception,
      ctx.getRequest<Request>(),
      ctx.getResponse<Response>(),
    );
  }
}

export function sendError(
  logger: Logger,
  exception: unknown,
  req: Request,
  res: Response,
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
  for (const [k, v] of Object.entries(mapped.headers ?? {}))
    res.setHeader(k, v);
  res.status(mapped.body.statusCode).json({ ...mapped.body, requestId });
}
