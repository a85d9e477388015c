import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Requests that Node's HTTP parser refuses before the app sees them (a request line or headers
 * over 16 KB, a malformed request line) get the same JSON error format as everything else, instead
 * of Node's bare status line.
 */
export function answerClientErrorsInOurFormat(server: Server): void {
  server.on('clientError', (err: Error & { code?: string }, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const body = JSON.stringify({
      statusCode: status,
      code: tooLarge ? 'HEADERS_TOO_LARGE' : 'BAD_REQUEST',
      message: tooLarge
        ? 'The address or the headers of the request are too long.'
        : 'The request is not valid HTTP.',
    });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}
