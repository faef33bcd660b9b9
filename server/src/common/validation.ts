import { ValidationPipe, type ArgumentMetadata, type PipeTransform, type ValidationError } from '@nestjs/common';
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

/** The field holding a NUL character (PostgreSQL cannot store it in text), or null. */
function fieldWithNul(value: unknown, key: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? key : null;
  if (depth > 8 || value === null || typeof value !== 'object') return null;
  for (const [k, v] of Object.entries(value)) {
    const found = fieldWithNul(v, Array.isArray(value) ? key : k, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Refuses NUL characters in any argument before it can reach the database. */
export class RejectNulPipe implements PipeTransform {
  transform(value: unknown, meta: ArgumentMetadata): unknown {
    if (meta.type === 'custom') return value;
    const field = fieldWithNul(value, meta.data ?? 'input');
    if (field) {
      throw badInput('Remove the invisible control characters from what you typed and try again.', {
        [field]: 'Contains an invisible control character.',
      });
    }
    return value;
  }
}
