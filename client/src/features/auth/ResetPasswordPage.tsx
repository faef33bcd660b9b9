import { useState } from 'react';
import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { LIMITS } from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { FormAlert } from '../../components/FormAlert';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { ResetPasswordMutation } from './operations';
import { useSession } from './session';

export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const [resetPassword] = useMutation(ResetPasswordMutation);
  const { afterSignIn } = useSession();
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const t = useT('auth');
  const common = useT('common');
  const form = useForm({
    name: 'reset-password',
    mode: 'uncontrolled',
    initialValues: { password: '', confirm: '' },
    validate: {
      password: (v) =>
        v.length < LIMITS.passwordMin
          ? t('reset.passwordTooShort', { min: LIMITS.passwordMin })
          : v.length > LIMITS.passwordMax
            ? t('reset.passwordTooLong', { max: LIMITS.passwordMax })
            : null,
      confirm: (v, values) => (v === values.password ? null : t('reset.mismatch')),
    },
  });

  const submit = submitWithApiErrors(form, setApiError, async ({ password }) => {
    await resetPassword({ variables: { input: { token, password } } });
    await afterSignIn();
  });

  return (
    <Stack>
      <PageTitle>{t('reset.title')}</PageTitle>
      <form onSubmit={submit} noValidate>
        <Stack>
          {apiError?.fieldErrors.token ? (
            <Alert color="red" variant="light" role="alert" title={t('reset.linkExpired')}>
              <Stack gap="xs" align="flex-start">
                <span>{apiError.message}</span>
                <Anchor component={Link} to="/forgot-password">
                  {t('reset.askAgain')}
                </Anchor>
              </Stack>
            </Alert>
          ) : (
            <FormAlert error={apiError} />
          )}
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': common('showPassword') }}
            label={t('reset.password')}
            description={t('reset.passwordHint', { min: LIMITS.passwordMin })}
            autoComplete="new-password"
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': common('showPassword') }}
            label={t('reset.confirm')}
            autoComplete="new-password"
            required
            key={form.key('confirm')}
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" loading={form.submitting} fullWidth>
            {t('reset.submit')}
          </Button>
        </Stack>
      </form>
      <Text size="sm">
        <Anchor component={Link} to="/sign-in">
          {t('backToSignIn')}
        </Anchor>
      </Text>
    </Stack>
  );
}
