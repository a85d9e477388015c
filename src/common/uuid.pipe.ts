import type { PipeTransform } from '@nestjs/common';
import { notFound } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (v: unknown): v is string =>
  typeof v === 'string' && UUID.test(v);

/**
 * Path ids are checked before they reach a query. A malformed id names nothing that exists, so it
 * gets the same 404 as an unknown one (and reveals nothing about the id format of others).
 */
export function uuidPipe(what: string): PipeTransform<string, string> {
  return {
    transform(value: string) {
      if (!isUuid(value))
        throw notFound(
          `This ${what}`,
          `${what.toUpperCase().replace(/\W+/g, '_')}_NOT_FOUND`,
        );
      return value.toLowerCase();
    },
  };
}
