import { useEffect, useRef, useState } from 'react';
import { Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { LIMITS, signInFormError } from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { FormAlert } from '../../components/FormAlert';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { prefetchWhenIdle } from '../../lib/prefetch';
import { readBootSignIn } from './boot-form';
import { SignInMutation } from './operations';
import { homePath, isServerPath, safeNext, useSession, useViewer } from './session';

export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { viewer } = useViewer();
  const { afterSignIn } = useSession();
  const [signIn] = useMutation(SignInMutation);
  // A refusal of the first page's form (it posts to the server) comes back as ?error=<code>.
  const [apiError, setApiError] = useState<ApiError | null>(() => {
    const message = signInFormError(params.get('error'));
    return message ? { code: 'BAD_USER_INPUT', message, fieldErrors: {} } : null;
  });
  const [boot] = useState(readBootSignIn);
  const loginRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const form = useForm({
    name: 'sign-in',
    mode: 'uncontrolled',
    initialValues: { login: boot?.login ?? '', password: boot?.password ?? '' },
    validate: {
      login: (v) => (v.trim() ? null : 'Enter your email or username.'),
      password: (v) => (v ? null : 'Enter your password.'),
    },
  });

  useEffect(() => {
    if (boot?.focus === 'login') loginRef.current?.focus();
    if (boot?.focus === 'password') passwordRef.current?.focus();
  }, [boot]);

  // While the person types, the signed-in layout and home page load, so signing in waits only for data.
  useEffect(
    () => prefetchWhenIdle(() => Promise.all([import('../network/NetworkLayout'), import('../home/HomePage')])),
    [],
  );

  // The form shows at once; someone already signed in moves on as soon as that is known.
  if (viewer) {
    if (isServerPath(next)) return <LoadServerPage path={next} />;
    return <Navigate to={next ?? homePath(viewer)} replace />;
  }

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
            ref={loginRef}
            key={form.key('login')}
            {...form.getInputProps('login')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            ref={passwordRef}
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
        Teachers and principals get an invitation link from their network coordinator.
      </Text>
    </Stack>
  );
}

/** A page of the server (a short link): loaded, not routed, once signed in. */
function LoadServerPage({ path }: { path: string }) {
  useEffect(() => window.location.replace(path), [path]);
  return null;
}
