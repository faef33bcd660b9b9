import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput, type FieldErrors } from './errors.js';

function collect(errors: ValidationError[], into: FieldErrors, prefix = ''): FieldErrors {
  for (const e of errors) {
    const key = prefix ? `${prefix}.${e.property}` : e.property;
    const first = e.constraints ? Object.values(e.constraints)[0] : undefined;
    if (first && !(key in into)) into[key] = first;
    if (e.children?.length) collect(e.children, into, key);
  }
  return into;
}

/** Validates GraphQL inputs with their class-validator rules; failures become field errors. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const fieldErrors = collect(errors, {});
      const messages = Object.values(fieldErrors);
      const summary =
        messages.length === 1 ? messages[0] : `Please fix ${messages.length} fields: ${messages.join(' ')}`;
      return badInput(summary, fieldErrors);
    },
  });
}
