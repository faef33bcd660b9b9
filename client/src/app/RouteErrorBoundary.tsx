import { Anchor, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { NotFoundPage } from './NotFoundPage';
import { PublicLayout } from './PublicLayout';

function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message)
  );
}

function ErrorContent() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const stale = isChunkLoadError(error);
  return (
    <Stack role="alert">
      <Title order={1} size="h2">
        {stale ? 'Switchback was updated' : 'Something went wrong'}
      </Title>
      <Text>
        {stale
          ? 'Reload the page to get the newest version.'
          : 'Sorry, this page ran into a problem. Reloading usually helps. If it keeps happening, tell your network coordinator what you were doing.'}
      </Text>
      {import.meta.env.DEV && error instanceof Error && <Code block>{error.stack ?? error.message}</Code>}
      <Group>
        <Button onClick={() => window.location.reload()}>Reload page</Button>
        <Anchor component={Link} to="/" reloadDocument>
          Go to your home page
        </Anchor>
      </Group>
    </Stack>
  );
}

/** For the whole app: replaces everything. */
export function RootErrorBoundary() {
  return (
    <PublicLayout>
      <ErrorContent />
    </PublicLayout>
  );
}

/** Inside the signed-in shell: the navigation stays. */
export function PageErrorBoundary() {
  return <ErrorContent />;
}
