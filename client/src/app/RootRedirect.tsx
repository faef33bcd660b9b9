import { Button, Stack, Text } from '@mantine/core';
import { Navigate } from 'react-router';
import { PageTitle } from '../components/PageTitle';
import { PageLoader, QueryError } from '../components/QueryState';
import { homePath, useSession, useViewer } from '../features/auth/session';
import { PublicLayout } from './PublicLayout';
import { useT } from '../lib/i18n';

/** "/": signed-out people go to sign in, everyone else to their network. */
export function RootRedirect() {
  const { viewer, loading, error, refetch } = useViewer();
  const { signOut } = useSession();
  const t = useT('common');
  if (loading) return <PageLoader />;
  if (error)
    return (
      <PublicLayout>
        <QueryError error={error} onRetry={() => void refetch()} />
      </PublicLayout>
    );
  if (!viewer) return <Navigate to="/sign-in" replace />;
  if (viewer.memberships.length) return <Navigate to={homePath(viewer)} replace />;
  return (
    <PublicLayout>
      <Stack>
        <PageTitle>{t('welcome.title', { name: viewer.displayName })}</PageTitle>
        <Text>{t('welcome.noNetwork')}</Text>
        <Button variant="default" onClick={() => void signOut()}>
          {t('actions.signOut')}
        </Button>
      </Stack>
    </PublicLayout>
  );
}
