import { useState } from 'react';
import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { Link, useParams } from 'react-router';
import { LIMITS, USERNAME_PATTERN, formatJoinCode, normalizeJoinCode } from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { JoinWithSchoolAccount } from '../sign-in-providers/SignInProviderButtons';
import { FormAlert } from '../../components/FormAlert';
import { PageLoader } from '../../components/QueryState';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { activeLocale, Tx, useT } from '../../lib/i18n';
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
  const t = useT('join');
  const common = useT('common');

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
      code: (v) => (normalizeJoinCode(v).length ? null : t('codeRequired')),
      username: (v) => {
        if (!needsAccount) return null;
        const u = v.trim();
        if (u.length < LIMITS.usernameMin) return t('usernameTooShort', { min: LIMITS.usernameMin });
        if (u.length > LIMITS.usernameMax) return t('usernameTooLong', { max: LIMITS.usernameMax });
        if (!USERNAME_PATTERN.test(u)) return t('usernameCharacters');
        return null;
      },
      displayName: (v) => (!needsAccount || v.trim() ? null : t('displayNameRequired')),
      password: (v) =>
        !needsAccount || v.length >= LIMITS.passwordMin ? null : t('passwordTooShort', { min: LIMITS.passwordMin }),
    },
  });

  if (loading) return <PageLoader />;

  if (viewer && !isStudent) {
    return (
      <Stack>
        <PageTitle>{t('title')}</PageTitle>
        <Alert color="yellow" variant="light" title={t('signedInAsAdult', { name: viewer.displayName })}>
          {t('adultBody')}
        </Alert>
        <Group>
          <Button variant="default" onClick={() => void signOut()}>
            {common('actions.signOut')}
          </Button>
          <Anchor component={Link} to={homePath(viewer)}>
            {t('goHome')}
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
          // The new account reads the app in the language this page was read in.
          locale: activeLocale() === 'es' ? 'es' : 'en',
        }
      : { code: normalizeJoinCode(values.code) };
    const { data } = await joinClass({ variables: { input } });
    const joined = data?.joinClass.class;
    await afterSignIn({ networkId: joined?.networkId });
    if (joined) notifications.show({ color: 'green', title: t('joined'), message: joined.name });
  });

  return (
    <Stack>
      <PageTitle>{t('title')}</PageTitle>
      <Text size="sm">{isStudent ? t('introStudent', { name: viewer?.displayName ?? '' }) : t('introNew')}</Text>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert error={apiError} />
          <TextInput
            label={t('code')}
            description={t('codeHint')}
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
                label={t('username')}
                description={t('usernameHint')}
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                maxLength={LIMITS.usernameMax}
                required
                key={form.key('username')}
                {...form.getInputProps('username')}
              />
              <TextInput
                label={t('displayName')}
                description={t('displayNameHint')}
                autoComplete="name"
                maxLength={LIMITS.nameMax}
                required
                key={form.key('displayName')}
                {...form.getInputProps('displayName')}
              />
              <PasswordInput
                visibilityToggleButtonProps={{ 'aria-label': common('showPassword') }}
                label={t('password')}
                description={t('passwordHint', { min: LIMITS.passwordMin })}
                autoComplete="new-password"
                required
                key={form.key('password')}
                {...form.getInputProps('password')}
              />
            </>
          )}
          <Button type="submit" loading={form.submitting} fullWidth>
            {t('submit')}
          </Button>
        </Stack>
      </form>
      {!isStudent && <JoinWithSchoolAccount getCode={() => normalizeJoinCode(form.getValues().code)} />}
      {needsAccount && (
        <Text size="sm">
          <Tx
            ns="join"
            k="haveAccount"
            components={{
              0: (
                <Anchor
                  component={Link}
                  to={`/sign-in?next=${encodeURIComponent(codeParam ? `/join/${codeParam}` : '/join')}`}
                />
              ),
            }}
          />
        </Text>
      )}
    </Stack>
  );
}
