import { Alert } from '@mantine/core';
import type { ApiError } from '../lib/errors';

const TITLES: Record<string, string> = {
  TOO_MANY_REQUESTS: 'Too many attempts',
  NETWORK_ERROR: 'No connection',
  FORBIDDEN: 'Not allowed',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Already taken',
};

/** The summary of a failed form submission, announced to screen readers. */
export function FormAlert({ error, title }: { error: ApiError | null | undefined; title?: string }) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={TITLES[error.code] ?? title ?? 'Please check the form'}>
      {error.message}
    </Alert>
  );
}
