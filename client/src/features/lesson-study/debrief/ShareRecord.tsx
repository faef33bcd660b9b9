import { Alert, Button, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { FormAlert } from '../../../components/FormAlert';
import { toApiError, type ApiError } from '../../../lib/errors';
import { ShareLessonStudyMutation } from './operations';

/**
 * In Share: the facilitator writes the team's reflection and publishes the cycle's record to the
 * network library (the plan's versions and changes, the evidence by look-for point, the reflection).
 * The recording and the observers' own notes are never part of it. The cycle closes.
 */
export function ShareRecord({ lessonStudyId, onShared }: { lessonStudyId: string; onShared?: () => void }) {
  const [reflection, setReflection] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const [share, { loading }] = useMutation(ShareLessonStudyMutation);
  if (done)
    return (
      <Alert color="green" variant="light" role="status">
        The record is in the network library. The lesson study is closed.
      </Alert>
    );
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        share({ variables: { input: { lessonStudyId, reflection } } }).then(
          () => {
            setDone(true);
            onShared?.();
          },
          (err: unknown) => setError(toApiError(err)),
        );
      }}
    >
      <Stack gap="xs">
        <Title order={3} size="h4">
          Share with the network
        </Title>
        <Text>
          Sharing the record is how the lesson study closes: it is published to the library and closes at once.
        </Text>
        <FormAlert error={error} />
        <Textarea
          label="The team's reflection"
          description="What the team learned about the research theme. Colleagues read it beside the plan and the evidence; the recording and your notes stay private."
          autosize
          minRows={4}
          value={reflection}
          error={error?.fieldErrors.reflection}
          onChange={(e) => setReflection(e.currentTarget.value)}
        />
        <Button type="submit" loading={loading} mih={44} style={{ alignSelf: 'flex-start' }}>
          Share the record and close the lesson study
        </Button>
      </Stack>
    </form>
  );
}
