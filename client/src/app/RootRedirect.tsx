import { Button, Stack, Text } from '@mantine/core';
import { Navigate } from 'react-router';
import { PageTitle } from '../components/PageTitle';
import { PageLoader, QueryError } from '../components/QueryState';
import { homePath, useSession, useViewer } from '../features/auth/session';
import { PublicLayout } from './PublicLayout';

/** "/": signed-out people go to sign in, everyone else to their network. */
export function RootRedirect() {
  const { viewer, loading, error, refetch } = useViewer();
  const { signOut } = useSession();
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
        <PageTitle>Welcome, {viewer.displayName}</PageTitle>
        <Text>
          You are not an active member of any network right now. Students can join a class with a code; adults need an
          invitation from a network coordinator.
        </Text>
        <Button variant="default" onClick={() => void signOut()}>
          Sign out
        </Button>
      </Stack>
    </PublicLayout>
  );
}
