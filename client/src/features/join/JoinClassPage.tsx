import { useState } from 'react';
import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { Link, useParams } from 'react-router';
import { LIMITS, USERNAME_PATTERN, formatJoinCode, normalizeJoinCode } from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { FormAlert } from '../../components/FormAlert';
import { PageLoader } from '../../components/QueryState';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { homePath, useSession, useViewer } from '../auth/session';
import { JoinClassMutation } from './operations';

export function JoinClassPage() {
  const { code: codeParam } = useParams();
  const { viewer, loading } = useViewer();
  const { afterSignIn, signOut } = useSession();
  const [joinClass] = useMutation(JoinClassMutation);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const isStudent = Boolean(viewer && !viewer.email);
  const needsAccount = !viewer;

  const form = useForm({
    name: 'join-class',
    mode: 'uncontrolled',
    initialValues: {
      code: codeParam ? formatJoinCode(normalizeJoinCode(codeParam)) : '',
      username: '',
      displayName: '',
      password: '',
    },
    validate: {
      code: (v) => (normalizeJoinCode(v).length ? null : 'Enter the join code from your teacher.'),
      username: (v) => {
        if (!needsAccount) return null;
        const u = v.trim();
        if (u.length < LIMITS.usernameMin) return `Choose a username of at least ${LIMITS.usernameMin} characters.`;
        if (u.length > LIMITS.usernameMax) return `Use at most ${LIMITS.usernameMax} characters.`;
        if (!USERNAME_PATTERN.test(u)) return 'Use only letters, numbers, dots, dashes and underscores.';
        return null;
      },
      displayName: (v) => (!needsAccount || v.trim() ? null : 'Enter your name.'),
      password: (v) =>
        !needsAccount || v.length >= LIMITS.passwordMin
          ? null
          : `Choose a password of at least ${LIMITS.passwordMin} characters.`,
    },
  });

  if (loading) return <PageLoader />;

  if (viewer && !isStudent) {
    return (
      <Stack>
        <PageTitle>Join a class</PageTitle>
        <Alert color="yellow" variant="light" title={`You are signed in as ${viewer.displayName}`}>
          Join codes are for students. Sign out first if a student wants to join a class on this device.
        </Alert>
        <Group>
          <Button variant="default" onClick={() => void signOut()}>
            Sign out
          </Button>
          <Anchor component={Link} to={homePath(viewer)}>
            Go to my home page
          </Anchor>
        </Group>
      </Stack>
    );
  }

  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    const input = needsAccount
      ? {
          code: normalizeJoinCode(values.code),
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          password: values.password,
        }
      : { code: normalizeJoinCode(values.code) };
    const { data } = await joinClass({ variables: { input } });
    const joined = data?.joinClass.class;
    await afterSignIn({ networkId: joined?.networkId });
    if (joined) notifications.show({ color: 'green', title: 'You joined a class', message: joined.name });
  });

  return (
    <Stack>
      <PageTitle>Join a class</PageTitle>
      <Text size="sm">
        {isStudent
          ? `Signed in as ${viewer?.displayName}. Enter the code your teacher gave you.`
          : 'Enter the code your teacher gave you and make your student account.'}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert error={apiError} />
          <TextInput
            label="Join code"
            description="8 letters and numbers, like ABCD-EF23."
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={20}
            required
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.08em' } }}
            key={form.key('code')}
            {...form.getInputProps('code')}
          />
          {needsAccount && (
            <>
              <TextInput
                label="Username"
                description="You sign in with this. Letters, numbers, dots, dashes and underscores."
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                maxLength={LIMITS.usernameMax}
                required
                key={form.key('username')}
                {...form.getInputProps('username')}
              />
              <TextInput
                label="Your name"
                description="Your teacher sees this name."
                autoComplete="name"
                maxLength={LIMITS.nameMax}
                required
                key={form.key('displayName')}
                {...form.getInputProps('displayName')}
              />
              <PasswordInput
                label="Password"
                description={`At least ${LIMITS.passwordMin} characters. If you forget it, your teacher can reset it.`}
                autoComplete="new-password"
                required
                key={form.key('password')}
                {...form.getInputProps('password')}
              />
            </>
          )}
          <Button type="submit" loading={form.submitting} fullWidth>
            Join class
          </Button>
        </Stack>
      </form>
      {needsAccount && (
        <Text size="sm">
          Already have a student account?{' '}
          <Anchor
            component={Link}
            to={`/sign-in?next=${encodeURIComponent(codeParam ? `/join/${codeParam}` : '/join')}`}
          >
            Sign in first
          </Anchor>
          , then enter the code.
        </Text>
      )}
    </Stack>
  );
}
