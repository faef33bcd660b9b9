import { useState } from 'react';
import { Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { LIMITS } from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { FormAlert } from '../../components/FormAlert';
import { PageLoader } from '../../components/QueryState';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { SignInMutation } from './operations';
import { homePath, safeNext, useSession, useViewer } from './session';

export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { viewer, loading } = useViewer();
  const { afterSignIn } = useSession();
  const [signIn] = useMutation(SignInMutation);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    name: 'sign-in',
    mode: 'uncontrolled',
    initialValues: { login: '', password: '' },
    validate: {
      login: (v) => (v.trim() ? null : 'Enter your email or username.'),
      password: (v) => (v ? null : 'Enter your password.'),
    },
  });

  if (loading) return <PageLoader />;
  if (viewer) return <Navigate to={next ?? homePath(viewer)} replace />;

  const submit = submitWithApiErrors(form, setApiError, async ({ login, password }) => {
    await signIn({ variables: { input: { login: login.trim(), password } } });
    await afterSignIn({ next });
  });

  return (
    <Stack>
      <PageTitle>Sign in</PageTitle>
      {next?.startsWith('/invitations/') && (
        <Text>Sign in with the invited email&apos;s account: you then come back to the invitation to accept it.</Text>
      )}
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert error={apiError} title="Could not sign in" />
          <TextInput
            label="Email or username"
            description="Students sign in with their username."
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={LIMITS.emailMax}
            required
            key={form.key('login')}
            {...form.getInputProps('login')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={form.submitting} fullWidth>
            Sign in
          </Button>
        </Stack>
      </form>
      <Group justify="space-between" gap="xs">
        <Anchor component={Link} to="/forgot-password" size="sm">
          Forgot password?
        </Anchor>
        <Anchor component={Link} to="/join" size="sm">
          Join a class with a code
        </Anchor>
      </Group>
      <Text size="sm" c="dimmed">
        Teachers and principals get an invitation link by email from their network coordinator.
      </Text>
    </Stack>
  );
}
