/**
 * Domain errors: a stable machine code and a sentence a person understands. The global filter maps
 * them to HTTP, and the rooms gateway maps them to `{error: {code, message}}` acknowledgements.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (code: string, message: string, details?: unknown) =>
  new AppError(400, code, message, details);
export const unauthorized = (
  message = 'Please sign in to do this.',
  code = 'UNAUTHENTICATED',
) => new AppError(401, code, message);
export const forbidden = (
  message = 'You are not allowed to do this.',
  code = 'FORBIDDEN',
) => new AppError(403, code, message);
export const notFound = (what: string, code = 'NOT_FOUND') =>
  new AppError(404, code, `${what} was not found.`);
export const conflict = (code: string, message: string, details?: unknown) =>
  new AppError(409, code, message, details);
export const unprocessable = (
  code: string,
  message: string,
  details?: unknown,
) => new AppError(422, code, message, details);
export const tooManyRequests = (retryAfterSeconds: number, message?: string) =>
  new AppError(
    429,
    'RATE_LIMITED',
    message ??
      `Too many attempts. Please wait ${retryAfterSeconds} seconds and try again.`,
    { retryAfterSeconds },
    { 'Retry-After': String(retryAfterSeconds) },
  );
export const unavailable = (
  message = 'The service is briefly unavailable. Please try again in a moment.',
) => new AppError(503, 'SERVICE_UNAVAILABLE', message);
