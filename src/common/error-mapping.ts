import { HttpException, HttpStatus } from '@nestjs/common';
import { AppError } from './errors.js';

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
  requestId?: string;
}

export interface MappedError {
  body: ErrorBody;
  headers?: Record<string, string>;
  /** true when this is our fault and deserves an error log line */
  unexpected: boolean;
}

const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/** Driver error codes that mean "the database cannot be reached", on mysql2 and better-sqlite3. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'POOL_CLOSED',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'DATABASE_UNAVAILABLE',
]);

function errorCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const obj = e as { code?: unknown; driverError?: unknown; cause?: unknown };
  if (typeof obj.code === 'string') return obj.code;
  return errorCode(obj.driverError) ?? errorCode(obj.cause);
}

function isDatabaseUnavailable(e: unknown): boolean {
  const code = errorCode(e);
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  const msg = e instanceof Error ? e.message : '';
  return /connection is not established|Connection lost|pool is closed|database connection is not open|The database connection is not open|Cannot enqueue|Pool is closed|Can't add new command when connection is in closed state/i.test(
    msg,
  );
}

function isDuplicate(e: unknown): boolean {
  const code = errorCode(e);
  return (
    code === 'ER_DUP_ENTRY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/** Errors from the body parser (express/body-parser) carry `type` and `status`. */
function bodyParserError(e: unknown): MappedError | undefined {
  if (typeof e !== 'object' || e === null || !('type' in e)) return undefined;
  const type = (e as { type?: unknown }).type;
  switch (type) {
    case 'entity.parse.failed':
      return simple(
        400,
        'MALFORMED_JSON',
        'The request body is not valid JSON. Check quotes, commas and brackets.',
      );
    case 'entity.too.large':
      return simple(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return simple(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'Send the request body as UTF-8 JSON.',
      );
    case 'request.aborted':
      return simple(
        400,
        'REQUEST_ABORTED',
        'The request was aborted before it was complete.',
      );
    case 'parameters.too.many':
      return simple(
        413,
        'PAYLOAD_TOO_LARGE',
        'The request has too many parameters.',
      );
    default:
      return undefined;
  }
}

function simple(
  statusCode: number,
  code: string,
  message: string,
): MappedError {
  return { body: { statusCode, code, message }, unexpected: false };
}

function httpExceptionMessage(ex: HttpException): {
  message: string;
  details?: unknown;
} {
  const response = ex.getResponse();
  if (typeof response === 'string') return { message: response };
  const r = response as { message?: unknown; details?: unknown };
  if (Array.isArray(r.message)) {
    return { message: r.message.map(String).join('; '), details: r.message };
  }
  if (typeof r.message === 'string')
    return { message: r.message, details: r.details };
  return { message: ex.message };
}

function humanise(status: number, message: string): string {
  // Nest's router says "Cannot GET /x": say it in words a person understands.
  const m = /^Cannot (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (.*)$/.exec(
    message,
  );
  if (status === 404 && m)
    return `There is nothing at ${m[1]} ${m[2].split('?')[0]}.`;
  // the router could not percent-decode a path parameter (%ff, %E0%A4%A …)
  if (status === 400 && message.startsWith('Failed to decode param'))
    return 'The address contains a percent sign that does not start a valid UTF-8 escape (such as %20).';
  return message;
}

export function mapError(e: unknown): MappedError {
  if (e instanceof AppError) {
    return {
      body: {
        statusCode: e.status,
        code: e.code,
        message: e.message,
        ...(e.details === undefined ? {} : { details: e.details }),
      },
      headers: e.headers,
      unexpected: e.status >= 500 && e.status !== 503,
    };
  }
  const parsed = bodyParserError(e);
  if (parsed) return parsed;
  if (e instanceof HttpException) {
    const status = e.getStatus();
    const { message, details } = httpExceptionMessage(e);
    return {
      body: {
        statusCode: status,
        code:
          CODE_BY_STATUS[status] ??
          (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST'),
        message:
          status >= 500
            ? 'Something went wrong on our side. Please try again.'
            : humanise(status, message),
        ...(details === undefined || status >= 500 ? {} : { details }),
      },
      unexpected: status >= 500,
    };
  }
  if (isDatabaseUnavailable(e)) {
    return {
      body: {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        code: 'DATABASE_UNAVAILABLE',
        message:
          'The database is not reachable right now. Nothing was changed; please try again in a moment.',
      },
      headers: { 'Retry-After': '5' },
      unexpected: false,
    };
  }
  if (isDuplicate(e)) {
    return simple(
      409,
      'CONFLICT',
      'This conflicts with something that already exists.',
    );
  }
  return {
    body: {
      statusCode: 500,
      code: 'INTERNAL_ERROR',
      message: 'Something went wrong on our side. Please try again.',
    },
    unexpected: true,
  };
}
