import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError } from './errors.js';

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
  return new ValidationPipe({
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
