import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { UseFormReturnType } from '@mantine/form';
import { activeLocale, hasMessage, i18n } from './i18n/i18n';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR';

/** What the app needs to know about a failed request. */
export interface ApiError {
  code: ErrorCode | (string & {});
  /** A sentence for people, shown as-is. */
  message: string;
  /** Input field name → message, for BAD_USER_INPUT and CONFLICT. */
  fieldErrors: Record<string, string>;
  retryAfterSeconds?: number;
}

// Forms of any shape: only getValues, setErrors and getInputNode are used.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyForm = UseFormReturnType<any, any>;

/**
 * The sentence of `errors:<id>` in the person's language, or `english` (docs/i18n.md, "Errors from the
 * API"): the server's English stays the source in English, so it may carry details the catalog leaves out.
 */
export function inLocale(id: string | undefined, english: string, params?: Record<string, unknown>): string {
  if (!id || activeLocale() === 'en' || !hasMessage(`errors:${id}`)) return english;
  return i18n._(`errors:${id}`, params as Record<string, string | number>);
}

const NETWORK_MESSAGE = 'We could not reach Switchback. Check your internet connection and try again.';
const UNKNOWN_MESSAGE = 'Something went wrong on our side. Please try again in a moment.';
const networkMessage = () => inLocale('network', NETWORK_MESSAGE);
const unknownMessage = () => inLocale('unknown', UNKNOWN_MESSAGE);

function fromGraphQLError(e: GraphQLFormattedError): ApiError {
  const ext = (e.extensions ?? {}) as Record<string, unknown>;
  const code = typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR';
  const id =
    typeof ext.messageId === 'string' ? ext.messageId : code === 'INTERNAL_SERVER_ERROR' ? 'unknown' : undefined;
  const params = (ext.messageParams && typeof ext.messageParams === 'object' ? ext.messageParams : {}) as Record<
    string,
    unknown
  >;
  const fieldIds = (
    ext.fieldMessageIds && typeof ext.fieldMessageIds === 'object' ? ext.fieldMessageIds : {}
  ) as Record<string, string>;
  const fieldErrors: Record<string, string> = {};
  if (ext.fieldErrors && typeof ext.fieldErrors === 'object')
    for (const [field, text] of Object.entries(ext.fieldErrors as Record<string, string>))
      fieldErrors[field] = inLocale(fieldIds[field] ?? (text === e.message ? id : undefined), text, params);
  return {
    code,
    message: e.message ? inLocale(id, e.message, params) : unknownMessage(),
    fieldErrors,
    retryAfterSeconds: typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined,
  };
}

function fromErrors(errors: readonly GraphQLFormattedError[]): ApiError {
  const first = errors[0];
  if (!first) return { code: 'INTERNAL_SERVER_ERROR', message: unknownMessage(), fieldErrors: {} };
  const parsed = fromGraphQLError(first);
  // Merge field errors of every error so each field shows its own message.
  for (const other of errors.slice(1)) Object.assign(parsed.fieldErrors, fromGraphQLError(other).fieldErrors);
  return parsed;
}

/** Turns anything Apollo (or fetch) throws into an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) return fromErrors(error.errors);
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: GraphQLFormattedError[] };
      if (Array.isArray(body.errors) && body.errors.length) return fromErrors(body.errors);
    } catch {
      // Not JSON: fall through.
    }
    if (error.statusCode === 429)
      return {
        code: 'TOO_MANY_REQUESTS',
        message: inLocale('tooManyRequests', 'Too many requests. Wait a minute and try again.'),
        fieldErrors: {},
      };
    return { code: 'INTERNAL_SERVER_ERROR', message: unknownMessage(), fieldErrors: {} };
  }
  if (error instanceof TypeError) return { code: 'NETWORK_ERROR', message: networkMessage(), fieldErrors: {} };
  return { code: 'INTERNAL_SERVER_ERROR', message: unknownMessage(), fieldErrors: {} };
}

/** The message to show for an error. */
export function errorMessage(error: unknown): string {
  return toApiError(error).message;
}

/** The error's `extensions.code`. */
export function errorCode(error: unknown): string {
  return toApiError(error).code;
}

/** Moves keyboard focus to the first field (in form order) that has an error. */
export function focusFirstError(form: AnyForm, errors: Record<string, unknown>): void {
  const first = Object.keys(form.getValues() as object).find((field) => errors[field]);
  if (!first) return;
  // Wait for the error to render, then focus.
  requestAnimationFrame(() => form.getInputNode(first)?.focus());
}

/**
 * Shows an API error on a form: each field error next to its field (when the form has that field),
 * and returns the error so the caller can show its summary message in an Alert.
 */
export function applyApiErrors(error: unknown, form: AnyForm, fieldMap: Record<string, string> = {}): ApiError {
  const api = toApiError(error);
  const values = form.getValues() as object;
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(api.fieldErrors)) {
    const name = fieldMap[field] ?? field.split('.')[0];
    if (name in values && !errors[name]) errors[name] = message;
  }
  if (Object.keys(errors).length) {
    form.setErrors(errors);
    focusFirstError(form, errors);
  }
  return api;
}

/**
 * A form's submit handler: clears the last API error, runs `action` with the form's values, and on
 * failure shows the API's field errors on the form (focusing the first) and keeps its summary for
 * a FormAlert. Client-side validation failures focus the first invalid field.
 */
export function submitWithApiErrors<Values>(
  form: UseFormReturnType<Values>,
  setApiError: (error: ApiError | null) => void,
  action: (values: Values) => Promise<void>,
  toFormError: (error: unknown) => ApiError = (error) => applyApiErrors(error, form),
) {
  return form.onSubmit(
    async (values) => {
      setApiError(null);
      try {
        await action(values as Values);
      } catch (error) {
        setApiError(toFormError(error));
      }
    },
    (errors) => focusFirstError(form, errors),
  );
}
