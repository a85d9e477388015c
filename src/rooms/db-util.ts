import type { InsertResult } from 'typeorm';

/** The generated integer id of a one-row insert, on mysql2 and better-sqlite3. */
export function insertedId(result: InsertResult): number {
  const fromIdentifiers = result.identifiers[0]?.id as unknown;
  if (typeof fromIdentifiers === 'number') return fromIdentifiers;
  const raw = result.raw as unknown;
  if (typeof raw === 'number' || typeof raw === 'bigint') return Number(raw);
  if (raw && typeof raw === 'object' && 'insertId' in raw)
    return Number((raw as { insertId: number }).insertId);
  throw new Error('The database did not report the new row id.');
}

function driverCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const obj = e as { code?: unknown; driverError?: unknown };
  if (typeof obj.code === 'string') return obj.code;
  return driverCode(obj.driverError);
}

export function isDuplicateKey(e: unknown): boolean {
  const code = driverCode(e);
  return (
    code === 'ER_DUP_ENTRY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/** InnoDB gives up one of two transactions that wait on each other; running it again is safe. */
export function isRetryableConflict(e: unknown): boolean {
  const code = driverCode(e);
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT';
}

/** Datetime columns keep whole seconds on MySQL: store what we will later read back. */
export function nowToTheSecond(): Date {
  return new Date(Math.floor(Date.now() / 1000) * 1000);
}
