import { Anchor, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { NotFoundPage } from './NotFoundPage';
import { PublicLayout } from './PublicLayout';
import { useT } from '../lib/i18n';

function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message)
  );
}

function ErrorContent() {
  const error = useRouteError();
  const t = useT('common');
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const stale = isChunkLoadError(error);
  return (
    <Stack role="alert">
      <Title order={1} size="h2">
        {stale ? t('error.updatedTitle') : t('error.title')}
      </Title>
      <Text>{stale ? t('error.updatedBody') : t('error.body')}</Text>
      {import.meta.env.DEV && error instanceof Error && <Code block>{error.stack ?? error.message}</Code>}
      <Group>
        <Button onClick={() => window.location.reload()}>{t('actions.reload')}</Button>
        <Anchor component={Link} to="/" reloadDocument>
          {t('actions.goHome')}
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
