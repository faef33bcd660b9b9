import { Alert } from '@mantine/core';
import type { ApiError } from '../lib/errors';
import { useT, type MessageKey } from '../lib/i18n';

const TITLES: Record<string, MessageKey<'common'>> = {
  TOO_MANY_REQUESTS: 'formAlert.tooManyRequests',
  NETWORK_ERROR: 'formAlert.networkError',
  FORBIDDEN: 'formAlert.forbidden',
  NOT_FOUND: 'formAlert.notFound',
  CONFLICT: 'formAlert.conflict',
};

/** The summary of a failed form submission, announced to screen readers. */
export function FormAlert({ error, title }: { error: ApiError | null | undefined; title?: string }) {
  const t = useT('common');
  if (!error) return null;
  const known = TITLES[error.code];
  return (
    <Alert color="red" variant="light" role="alert" title={known ? t(known) : (title ?? t('formAlert.default'))}>
      {error.message}
    </Alert>
  );
}
