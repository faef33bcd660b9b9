import { Alert, Anchor, Button, Skeleton, Stack } from '@mantine/core';
import { errorCode, errorMessage } from '../lib/errors';
import { useWaitingForData } from './page-progress';
import { useT } from '../lib/i18n';

/**
 * A page (or part of one) waiting for its data: the shape of a page where it will appear, at the
 * top of the content, and the progress bar at the top of the window while it shows.
 */
export function PageLoader({ label }: { label?: string }) {
  useWaitingForData();
  const t = useT('common');
  return (
    <Stack gap="sm" py="xs" role="status" aria-live="polite">
      <span className="visually-hidden">{label ?? t('query.loading')}</span>
      <Skeleton height={28} width="45%" radius="sm" />
      <Skeleton height={12} mt="xs" radius="sm" />
      <Skeleton height={12} width="90%" radius="sm" />
      <Skeleton height={12} width="70%" radius="sm" />
    </Stack>
  );
}

/** A failed query: its message and a "Try again" button (or "Sign in again" when the session ended). */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT('common');
  if (errorCode(error) === 'UNAUTHENTICATED') {
    const next = encodeURIComponent(window.location.pathname + window.location.search);
    return (
      <Alert color="yellow" variant="light" title={t('query.sessionEnded')} role="alert">
        <Stack gap="sm" align="flex-start">
          <span>{errorMessage(error)}</span>
          {/* A full page load, so nothing from the old session stays in memory. */}
          <Anchor href={`/sign-in?next=${next}`}>{t('query.signInAgain')}</Anchor>
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" title={t('query.couldNotLoad')} role="alert">
      <Stack gap="sm" align="flex-start">
        <span>{errorMessage(error)}</span>
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('actions.tryAgain')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
