import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { AppError } from '../common/errors.js';

/** A urlencoded body: one value or several per name. */
export type FormBody = Record<string, string | string[] | undefined>;

export function field(body: FormBody | undefined, name: string): string {
  const v = body?.[name];
  return (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();
}

export function fields(body: FormBody | undefined, name: string): string[] {
  const v = body?.[name];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map((x) => x.trim()).filter(Boolean);
}

/**
 * Checks form input against the API's own DTO class (the same rules as the JSON API), and says
 * which properties failed; the pages put their own words next to each.
 */
export async function check<T extends object>(
  cls: new () => T,
  plain: Record<string, unknown>,
): Promise<{ value: T; invalid: Set<string> }> {
  const value = plainToInstance(cls, plain);
  const errors = await validate(value, {
    whitelist: true,
    forbidUnknownValues: true,
  });
  const invalid = new Set<string>();
  const walk = (list: typeof errors, prefix = '') => {
    for (const e of list) {
      invalid.add(prefix ? `${prefix}.${e.property}` : e.property);
      invalid.add(prefix || e.property);
      if (e.children?.length) walk(e.children, prefix || e.property);
    }
  };
  walk(errors);
  return { value, invalid };
}

/** The error a service threw, when it is one of ours (a person's mistake, not a crash). */
export function appError(e: unknown): AppError | undefined {
  return e instanceof AppError && e.status < 500 ? e : undefined;
}

/**
 * A form post's service call: `{ value }` when it succeeds. When the service refuses it (an
 * AppError: a mistake in the form, a conflict, a rule), `refused` puts the reason on the page and
 * the answer is undefined; anything else (a crash) goes on to the error page.
 */
export async function attempt<T>(
  action: () => Promise<T>,
  refused: (err: AppError) => unknown,
): Promise<{ value: T } | undefined> {
  try {
    return { value: await action() };
  } catch (e) {
    const err = appError(e);
    if (!err) throw e;
    await refused(err);
    return undefined;
  }
}
