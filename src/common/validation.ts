import {
  ValidationPipe,
  type ArgumentMetadata,
  type ValidationError,
} from '@nestjs/common';
import { ValidateIf } from 'class-validator';
import { AppError } from './errors.js';

/**
 * Like `@IsOptional()`, but only an absent field skips validation: `null` is checked like any
 * other value (and refused by the field's type check), for fields that cannot be cleared.
 */
export const Omittable = () => ValidateIf((_o, v) => v !== undefined);

/** No request DTO nests deeper than a few levels; class-transformer recurses once per level. */
export const MAX_INPUT_DEPTH = 32;

/** True when objects and arrays in `value` nest deeper than `max` (iterative: no recursion). */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * True when a string in `value` (or a key) holds half of a UTF-16 surrogate pair: JSON can carry
 * one (`"\udfff"`), UTF-8 cannot, and validators that percent-encode (isEmail) throw on it.
 */
export function hasLoneSurrogate(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (LONE_SURROGATE.test(v)) return true;
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (LONE_SURROGATE.test(k)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

/**
 * The global pipe. A body nested thousands of levels deep would overflow class-transformer's
 * recursion (a 500); it is refused as a 400 before any transformation.
 */
class AppValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata) {
    // request input only: custom parameters (the actor, a page context) are the app's own objects
    if (metadata.type === 'custom') return super.transform(value, metadata);
    if (nestsDeeperThan(value, MAX_INPUT_DEPTH))
      throw new AppError(
        400,
        'INPUT_TOO_DEEP',
        `The request nests objects or lists more than ${MAX_INPUT_DEPTH} levels deep, which no field here needs.`,
      );
    if (hasLoneSurrogate(value))
      throw new AppError(
        400,
        'INVALID_TEXT',
        'The request contains text that is not valid Unicode (half of a surrogate pair).',
      );
    return super.transform(value, metadata) as Promise<unknown>;
  }
}

interface FieldProblem {
  field: string;
  problems: string[];
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) {
      const problems = Object.values(e.constraints).map((m) =>
        // class-validator says "property foo should not exist": say it plainly
        m.replace(
          /^property (\S+) should not exist$/,
          `${field} is not a field you can send here`,
        ),
      );
      out.push({ field, problems });
    }
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

/** whitelist + forbidNonWhitelisted: unknown fields (role, tokenVersion …) are refused, not ignored. */
export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const message =
        fields.length === 0
          ? 'The request is not valid.'
          : `Please correct ${fields.length === 1 ? 'this field' : 'these fields'}: ${fields
              .map((f) => f.problems.join(', '))
              .join('; ')}.`;
      return new AppError(400, 'VALIDATION_FAILED', message, { fields });
    },
  });
}
