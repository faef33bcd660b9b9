import { useState } from 'react';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { LIMITS } from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { FormAlert } from '../../components/FormAlert';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { RequestPasswordResetMutation } from './operations';

export function ForgotPasswordPage() {
  const [requestReset] = useMutation(RequestPasswordResetMutation);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const t = useT('auth');
  const form = useForm({
    name: 'forgot-password',
    mode: 'uncontrolled',
    initialValues: { email: '' },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('forgot.emailRequired')),
    },
  });

  const submit = submitWithApiErrors(form, setApiError, async ({ email }) => {
    await requestReset({ variables: { input: { email: email.trim() } } });
    setSentTo(email.trim());
  });

  return (
    <Stack>
      <PageTitle>{t('forgot.title')}</PageTitle>
      {sentTo ? (
        <Alert color="green" variant="light" title={t('forgot.sentTitle')} role="status">
          {t('forgot.sent', { email: sentTo })}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t('forgot.intro')}</Text>
            <FormAlert error={apiError} />
            <TextInput
              label={t('forgot.email')}
              type="email"
              autoComplete="email"
              maxLength={LIMITS.emailMax}
              required
              key={form.key('email')}
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={form.submitting} fullWidth>
              {t('forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Text size="sm">{t('forgot.students')}</Text>
      <Anchor component={Link} to="/sign-in" size="sm">
        {t('backToSignIn')}
      </Anchor>
    </Stack>
  );
}
