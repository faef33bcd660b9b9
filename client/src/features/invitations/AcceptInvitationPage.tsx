import { useState } from 'react';
import { Alert, Anchor, Button, List, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { LIMITS } from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { FormAlert } from '../../components/FormAlert';
import { PageLoader, QueryError } from '../../components/QueryState';
import { errorCode, type ApiError, submitWithApiErrors } from '../../lib/errors';
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
        <AcceptForm
          token={token}
          email={invitation.email}
          networkName={invitation.networkName}
          existingAccount={invitation.existingAccount}
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

function AcceptForm(props: { token: string; email: string; networkName: string; existingAccount: boolean }) {
  const { token, email, networkName, existingAccount } = props;
  const { viewer } = useViewer();
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
            : null,
      password: (v) =>
        existingAccount
          ? v
            ? null
            : 'Enter your existing Switchback password.'
          : v.length < LIMITS.passwordMin
            ? `Choose a password of at least ${LIMITS.passwordMin} characters.`
            : null,
    },
  });

  const submit = submitWithApiErrors(form, setApiError, async ({ displayName, password }) => {
    await accept({ variables: { input: { token, displayName: displayName.trim(), password } } });
    await afterSignIn({ networkName });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {viewer && viewer.email !== email && (
          <Alert color="yellow" variant="light" title={`You are signed in as ${viewer.displayName}`}>
            Accepting signs you out of that account and in as {email}.
          </Alert>
        )}
        {existingAccount && (
          <Alert color="blue" variant="light" title="You already have an account">
            This email already has a Switchback account: enter your existing password to add this network to it.
          </Alert>
        )}
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
          description={
            existingAccount
              ? 'Enter your existing password.'
              : `Choose a password of at least ${LIMITS.passwordMin} characters.`
          }
          autoComplete={existingAccount ? 'current-password' : 'new-password'}
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
