import { Alert, Anchor, Button, Center, Loader, Stack } from '@mantine/core';
import { errorCode, errorMessage } from '../lib/errors';

/**
 * The spinner of a page waiting for its code or data: near the top of the content area, where the
 * eye is after a click (centred in a tall box it ended up at the bottom edge of a phone screen).
 */
export function PageLoader({ label = 'Loading…' }: { label?: string }) {
  return (
    <Center pt="md" pb="xl" role="status" aria-live="polite" className="page-loader">
      {/* A span may not carry a name (axe: aria-prohibited-attr): the words are hidden text instead. */}
      <Loader aria-hidden="true" />
      <span className="visually-hidden">{label}</span>
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
