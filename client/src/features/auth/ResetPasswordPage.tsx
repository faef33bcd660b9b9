import { useState } from 'react';
import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { LIMITS } from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { FormAlert } from '../../components/FormAlert';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { ResetPasswordMutation } from './operations';
import { useSession } from './session';

export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const [resetPassword] = useMutation(ResetPasswordMutation);
  const { afterSignIn } = useSession();
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    name: 'reset-password',
    mode: 'uncontrolled',
    initialValues: { password: '', confirm: '' },
    validate: {
      password: (v) =>
        v.length < LIMITS.passwordMin
          ? `Choose a password of at least ${LIMITS.passwordMin} characters.`
          : v.length > LIMITS.passwordMax
            ? `Password must be at most ${LIMITS.passwordMax} characters.`
            : null,
      confirm: (v, values) => (v === values.password ? null : 'The two passwords do not match.'),
    },
  });

  const submit = submitWithApiErrors(form, setApiError, async ({ password }) => {
    await resetPassword({ variables: { input: { token, password } } });
    await afterSignIn();
  });

  return (
    <Stack>
      <PageTitle>Choose a new password</PageTitle>
      <form onSubmit={submit} noValidate>
        <Stack>
          {apiError?.fieldErrors.token ? (
            <Alert color="red" variant="light" role="alert" title="This link no longer works">
              <Stack gap="xs" align="flex-start">
                <span>{apiError.message}</span>
                <Anchor component={Link} to="/forgot-password">
                  Ask for a new reset link
                </Anchor>
              </Stack>
            </Alert>
          ) : (
            <FormAlert error={apiError} />
          )}
          <PasswordInput
            label="New password"
            description={`At least ${LIMITS.passwordMin} characters.`}
            autoComplete="new-password"
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label="Retype password"
            autoComplete="new-password"
            required
            key={form.key('confirm')}
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" loading={form.submitting} fullWidth>
            Save password and sign in
          </Button>
        </Stack>
      </form>
      <Text size="sm">
        <Anchor component={Link} to="/sign-in">
          Back to sign in
        </Anchor>
      </Text>
    </Stack>
  );
}
