import { useState } from 'react';
import { Button, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { FormAlert } from '../../components/FormAlert';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { LogMentoringMeetingMutation } from './operations';

const NOTES_MAX = 8000;

/** Today in the reader's own calendar (the day they met, as they would say it). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Either of the pair logs a meeting: the day, what they talked about, next steps and when they are due. */
export function LogMeetingForm({ mentorshipId }: { mentorshipId: string }) {
  const [log, { loading }] = useMutation(LogMentoringMeetingMutation, { refetchQueries: ['Mentorship'] });
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    name: 'log-meeting',
    initialValues: { meetingOn: today(), notes: '', nextSteps: '', nextStepsDueOn: '' },
    validate: {
      meetingOn: (v) => (!v ? 'Choose the day you met.' : null),
      notes: (v, values) =>
        !v.trim() && !values.nextSteps.trim() ? 'Write what you talked about, or the next steps.' : null,
    },
  });
  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    await log({
      variables: {
        input: {
          mentorshipId,
          meetingOn: values.meetingOn,
          notes: values.notes.trim() || undefined,
          nextSteps: values.nextSteps.trim() || undefined,
          nextStepsDueOn: values.nextStepsDueOn || undefined,
        },
      },
    });
    notifications.show({ color: 'green', title: 'Meeting logged', message: 'Only the two of you can read it.' });
    form.reset();
  });
  return (
    <form onSubmit={submit} noValidate aria-labelledby="log-meeting-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="log-meeting-title">
          Log a meeting
        </Title>
        <FormAlert error={apiError} />
        <TextInput type="date" label="Day you met" required {...form.getInputProps('meetingOn')} />
        <Textarea
          label="What you talked about"
          autosize
          minRows={3}
          maxLength={NOTES_MAX}
          {...form.getInputProps('notes')}
        />
        <Textarea label="Next steps" autosize minRows={2} maxLength={NOTES_MAX} {...form.getInputProps('nextSteps')} />
        <TextInput type="date" label="Next steps due (optional)" {...form.getInputProps('nextStepsDueOn')} />
        <Button type="submit" loading={loading} mih={44} style={{ alignSelf: 'flex-start' }}>
          Log meeting
        </Button>
      </Stack>
    </form>
  );
}
