import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { LIMITS, signInFormError } from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { FormAlert } from '../../components/FormAlert';
import { type ApiError, inLocale, submitWithApiErrors } from '../../lib/errors';
import { loadAppCatalogs, useT } from '../../lib/i18n';
import { prefetchWhenIdle } from '../../lib/prefetch';
import { readBootSignIn } from './boot-form';
import { SignInMutation } from './operations';
import { homePath, isServerPath, safeNext, useSession, useViewer } from './session';

// Google / Microsoft buttons: loaded after the form, off the sign-in route's budget.
const SignInProviderButtons = lazy(() =>
  // Their sentences are in the app's catalogs (schoolAccounts), not the sign-in route's.
  Promise.all([import('../sign-in-providers/SignInProviderButtons'), loadAppCatalogs()]).then(([m]) => ({
    default: m.SignInProviderButtons,
  })),
);

export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { viewer } = useViewer();
  const { afterSignIn } = useSession();
  const [signIn] = useMutation(SignInMutation);
  const t = useT('auth');
  const common = useT('common');
  // A refusal of the first page's form (it posts to the server) comes back as ?error=<code>.
  const [apiError, setApiError] = useState<ApiError | null>(() => {
    const code = params.get('error');
    const message = signInFormError(code);
    return message
      ? { code: 'BAD_USER_INPUT', message: inLocale(`signInForm.${code}`, message), fieldErrors: {} }
      : null;
  });
  const [boot] = useState(readBootSignIn);
  const loginRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const form = useForm({
    name: 'sign-in',
    mode: 'uncontrolled',
    initialValues: { login: boot?.login ?? '', password: boot?.password ?? '' },
    validate: {
      login: (v) => (v.trim() ? null : t('signIn.loginRequired')),
      password: (v) => (v ? null : t('signIn.passwordRequired')),
    },
  });

  useEffect(() => {
    if (boot?.focus === 'login') loginRef.current?.focus();
    if (boot?.focus === 'password') passwordRef.current?.focus();
  }, [boot]);

  // While the person types, the signed-in layout and home page load, so signing in waits only for data.
  useEffect(
    () =>
      prefetchWhenIdle(() =>
        Promise.all([import('../network/NetworkLayout'), import('../home/HomePage'), loadAppCatalogs()]),
      ),
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
      <PageTitle>{t('signIn.title')}</PageTitle>
      {next?.startsWith('/invitations/') && <Text>{t('signIn.invited')}</Text>}
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert error={apiError} title={t('signIn.failed')} />
          <TextInput
            label={t('signIn.login')}
            description={t('signIn.loginHint')}
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
            visibilityToggleButtonProps={{ 'aria-label': common('showPassword') }}
            label={t('signIn.password')}
            autoComplete="current-password"
            required
            ref={passwordRef}
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={form.submitting} fullWidth>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
      <Suspense fallback={null}>
        <SignInProviderButtons next={next} />
      </Suspense>
      <Group justify="space-between" gap="xs">
        <Anchor component={Link} to="/forgot-password" size="sm">
          {t('signIn.forgot')}
        </Anchor>
        <Anchor component={Link} to="/join" size="sm">
          {t('signIn.join')}
        </Anchor>
      </Group>
      <Text size="sm" c="dimmed">
        {t('signIn.adults')}
      </Text>
    </Stack>
  );
}

/** A page of the server (a short link): loaded, not routed, once signed in. */
function LoadServerPage({ path }: { path: string }) {
  useEffect(() => window.location.replace(path), [path]);
  return null;
}
