import { Alert, Anchor, Button, Center, Loader, Stack } from '@mantine/core';
import { errorCode, errorMessage } from '../lib/errors';

export function PageLoader({ label = 'Loading…' }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader aria-label={label} />
    </Center>
  );
}

/** A failed query: its message and a "Try again" button (or "Sign in again" when the session ended). */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (errorCode(error) === 'UNAUTHENTICATED') {
    const next = encodeURIComponent(window.location.pathname + window.location.search);
    return (
      <Alert color="yellow" variant="light" title="Your session has ended" role="alert">
        <Stack gap="sm" align="flex-start">
          <span>{errorMessage(error)}</span>
          {/* A full page load, so nothing from the old session stays in memory. */}
          <Anchor href={`/sign-in?next=${next}`}>Sign in again</Anchor>
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" title="Could not load this" role="alert">
      <Stack gap="sm" align="flex-start">
        <span>{errorMessage(error)}</span>
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
