import { useState } from 'react';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { LIMITS } from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { FormAlert } from '../../components/FormAlert';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { RequestPasswordResetMutation } from './operations';

export function ForgotPasswordPage() {
  const [requestReset] = useMutation(RequestPasswordResetMutation);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({
    name: 'forgot-password',
    mode: 'uncontrolled',
    initialValues: { email: '' },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter the email address you sign in with.'),
    },
  });

  const submit = submitWithApiErrors(form, setApiError, async ({ email }) => {
    await requestReset({ variables: { input: { email: email.trim() } } });
    setSentTo(email.trim());
  });

  return (
    <Stack>
      <PageTitle>Forgot your password?</PageTitle>
      {sentTo ? (
        <Alert color="green" variant="light" title="Check your email" role="status">
          If that email has an account, we sent a link to {sentTo}. It works for a limited time. If nothing arrives,
          check your spam folder, or ask whoever runs Switchback for your district.
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">Enter your email and we will send you a link to choose a new password.</Text>
            <FormAlert error={apiError} />
            <TextInput
              label="Email"
              type="email"
              autoComplete="email"
              maxLength={LIMITS.emailMax}
              required
              key={form.key('email')}
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={form.submitting} fullWidth>
              Send reset link
            </Button>
          </Stack>
        </form>
      )}
      <Text size="sm">Students: ask your teacher to reset your password.</Text>
      <Anchor component={Link} to="/sign-in" size="sm">
        Back to sign in
      </Anchor>
    </Stack>
  );
}
