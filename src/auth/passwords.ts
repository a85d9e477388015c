import argon2 from 'argon2';
import { badRequest } from '../common/errors.js';
import { isCommonPassword } from './common-passwords.js';

/** OWASP's argon2id baseline: 19 MiB, two passes, one lane. */
const OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export function assertAcceptablePassword(password: string): void {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) {
    throw badRequest(
      'PASSWORD_LENGTH',
      `A password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters long.`,
    );
  }
  if (isCommonPassword(password)) {
    throw badRequest(
      'PASSWORD_TOO_COMMON',
      'This password is one of the most common ones and easy to guess. Please choose another, for example three or four unrelated words.',
    );
  }
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(
  hash: string,
  password: string,
): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** A hash to verify against when no account exists, so both answers take about the same time. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword('no account has this password ' + Math.random());
  return dummy;
}
