import { badRequest } from '../common/errors.js';

export const MAX_MESSAGE_CHARS = 2000;

/** C0/C1 control characters other than the line feed, and the bidirectional overrides. */
const FORBIDDEN =
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/**
 * The one rule for a message's text: NFC, line endings as "\n", trimmed, 1 to 2,000 characters
 * (code points), no control characters except the line break and no bidirectional overrides
 * (they can make a message read differently from what it says).
 */
export function normaliseMessageBody(raw: unknown): string {
  if (typeof raw !== 'string')
    throw badRequest('VALIDATION_FAILED', 'body must be text.');
  const text = raw.replace(/\r\n?/g, '\n').normalize('NFC').trim();
  if (text.length === 0)
    throw badRequest('MESSAGE_EMPTY', 'Write something before sending.');
  if (FORBIDDEN.test(text))
    throw badRequest(
      'MESSAGE_INVALID_CHARACTERS',
      'The message contains control characters. Remove them and send it again.',
    );
  let count = 0;
  for (const _ of text) count++;
  if (count > MAX_MESSAGE_CHARS)
    throw badRequest(
      'MESSAGE_TOO_LONG',
      `A message can be at most ${MAX_MESSAGE_CHARS} characters long (this one has ${count}).`,
    );
  return text;
}
