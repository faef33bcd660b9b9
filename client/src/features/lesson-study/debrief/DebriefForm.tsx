import { useState, type ReactNode } from 'react';
import { Button, Stack } from '@mantine/core';
import { FormAlert } from '../../../components/FormAlert';
import { toApiError, type ApiError } from '../../../lib/errors';

interface Props {
  /** Saves the form; a thrown error is shown above the fields, in the teacher's words. */
  action: () => Promise<void>;
  loading: boolean;
  submitLabel: string;
  /** The fields, given the last error so each can show its own message. */
  children: (error: ApiError | null) => ReactNode;
}

/** A debrief form: the error of the last try, the fields, and one submit button. */
export function DebriefForm({ action, loading, submitLabel, children }: Props) {
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async () => {
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(toApiError(err));
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs">
        <FormAlert error={error} />
        {children(error)}
        <Button type="submit" loading={loading} mih={44} style={{ alignSelf: 'flex-start' }}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
