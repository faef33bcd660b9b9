import { useState } from 'react';
import { Alert, Anchor, Button, List, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { LIMITS, hasInvisibleControls } from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { FormAlert } from '../../components/FormAlert';
import { PageLoader, QueryError } from '../../components/QueryState';
import { errorCode, type ApiError, submitWithApiErrors, toApiError } from '../../lib/errors';
import { roleLabel } from '../../lib/format';
import { useSession, useViewer } from '../auth/session';
import { AcceptInvitationMutation, InvitationPreviewQuery } from './operations';

export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(InvitationPreviewQuery, {
    variables: { token },
    fetchPolicy: 'network-only',
  });

  if (loading) return <PageLoader label="Loading your invitation…" />;
  if (error || !data) {
    if (errorCode(error) === 'NOT_FOUND') {
      return (
        <Stack>
          <PageTitle>Invitation not found</PageTitle>
          <Text>
            This invitation link is not valid. Check that you copied the whole link from the email, or ask your network
            coordinator to send a new invitation.
          </Text>
          <Anchor component={Link} to="/sign-in">
            Go to sign in
          </Anchor>
        </Stack>
      );
    }
    return (
      <Stack>
        <PageTitle>Invitation</PageTitle>
        <QueryError error={error} onRetry={() => void refetch()} />
      </Stack>
    );
  }

  const invitation = data.invitation;
  return (
    <Stack>
      <PageTitle>Join {invitation.networkName}</PageTitle>
      <Text>
        You are invited as <strong>{roleLabel(invitation.role).toLowerCase()}</strong>
        {invitation.schoolName ? (
          <>
            {' '}
            at <strong>{invitation.schoolName}</strong>
          </>
        ) : null}
        .
      </Text>
      <List size="sm" spacing={4}>
        <List.Item>
          Network: <strong>{invitation.networkName}</strong>
        </List.Item>
        {invitation.schoolName && (
          <List.Item>
            School: <strong>{invitation.schoolName}</strong>
          </List.Item>
        )}
        <List.Item>
          Role: <strong>{roleLabel(invitation.role)}</strong>
        </List.Item>
        <List.Item>
          Email: <strong className="break-anywhere">{invitation.email}</strong>
        </List.Item>
      </List>
      {invitation.state === 'VALID' ? (
        <AcceptInvitation
          token={token}
          email={invitation.email}
          networkName={invitation.networkName}
          viewerIsInvitee={invitation.viewerIsInvitee}
        />
      ) : invitation.state === 'USED' ? (
        <Alert color="blue" variant="light" title="Already accepted">
          <Stack gap="xs" align="flex-start">
            <span>This invitation has already been used. Sign in with your email and password.</span>
            <Anchor component={Link} to="/sign-in">
              Sign in
            </Anchor>
          </Stack>
        </Alert>
      ) : (
        <Alert color="orange" variant="light" title="This invitation has expired">
          Invitation links work for 7 days. Ask your network coordinator to send you a new one.
        </Alert>
      )}
    </Stack>
  );
}

interface AcceptProps {
  token: string;
  email: string;
  networkName: string;
  viewerIsInvitee: boolean;
}

/**
 * Signed in as the invitee: one click. Signed out: sign in to an existing account (the normal sign-in,
 * which then brings the person back here) or create a new one. The page never knows whether the email
 * already has an account; the server says so only when someone tries to create a second one.
 */
function AcceptInvitation(props: AcceptProps) {
  const { viewer } = useViewer();
  const { signOut } = useSession();
  const here = `/invitations/${props.token}`;
  if (props.viewerIsInvitee) return <AcceptAsViewer {...props} />;
  if (viewer) {
    return (
      <Alert color="yellow" variant="light" title={`You are signed in as ${viewer.displayName}`}>
        <Stack gap="xs" align="flex-start">
          <span>
            This invitation is for <strong className="break-anywhere">{props.email}</strong>. Sign out, then sign in as{' '}
            {props.email} (or create that account) to accept it.
          </span>
          <Button variant="light" size="xs" onClick={() => void signOut()}>
            Sign out
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <Stack>
      <Alert color="blue" variant="light" title="Already on Switchback with this email?">
        <Stack gap="xs" align="flex-start">
          <span>Sign in to your account: you come back here to accept, and the network is added to it.</span>
          <Button component={Link} to={`/sign-in?next=${encodeURIComponent(here)}`} variant="light" size="xs">
            Sign in to accept
          </Button>
        </Stack>
      </Alert>
      <Text fw={600}>New to Switchback? Create your account</Text>
      <NewAccountForm {...props} />
    </Stack>
  );
}

function AcceptAsViewer({ token, networkName }: AcceptProps) {
  const [accept, { loading }] = useMutation(AcceptInvitationMutation);
  const { afterSignIn } = useSession();
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const onAccept = async () => {
    setApiError(null);
    try {
      const { data } = await accept({ variables: { input: { token } } });
      await afterSignIn({ networkId: data?.acceptInvitation.networkId, networkName });
    } catch (error) {
      setApiError(toApiError(error));
    }
  };
  return (
    <Stack>
      <FormAlert error={apiError} />
      <Text>You are signed in with the invited email: accept to add {networkName} to your account.</Text>
      <Button onClick={() => void onAccept()} loading={loading} fullWidth>
        Accept invitation
      </Button>
    </Stack>
  );
}

function NewAccountForm({ token, networkName }: AcceptProps) {
  const [accept] = useMutation(AcceptInvitationMutation);
  const { afterSignIn } = useSession();
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    name: 'accept-invitation',
    mode: 'uncontrolled',
    initialValues: { displayName: '', password: '' },
    validate: {
      displayName: (v) =>
        !v.trim()
          ? 'Enter your name as colleagues know it.'
          : v.trim().length > LIMITS.nameMax
            ? `Use at most ${LIMITS.nameMax} characters.`
            : hasInvisibleControls(v)
              ? 'Your name contains invisible control characters (such as text-direction marks). Type it again without them.'
              : null,
      password: (v) =>
        v.length < LIMITS.passwordMin ? `Choose a password of at least ${LIMITS.passwordMin} characters.` : null,
    },
  });

  const submit = submitWithApiErrors(form, setApiError, async ({ displayName, password }) => {
    const { data } = await accept({ variables: { input: { token, displayName: displayName.trim(), password } } });
    await afterSignIn({ networkId: data?.acceptInvitation.networkId, networkName });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert error={apiError} />
        <TextInput
          label="Your name"
          description="As colleagues in the network will see it."
          autoComplete="name"
          maxLength={LIMITS.nameMax}
          required
          key={form.key('displayName')}
          {...form.getInputProps('displayName')}
        />
        <PasswordInput
          label="Password"
          description={`Choose a password of at least ${LIMITS.passwordMin} characters.`}
          autoComplete="new-password"
          required
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={form.submitting} fullWidth>
          Accept invitation
        </Button>
      </Stack>
    </form>
  );
}
