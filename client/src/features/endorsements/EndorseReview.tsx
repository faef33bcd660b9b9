import { useState } from 'react';
import { Alert, Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { ENDORSEMENT_LIMITS } from '@switchback/shared';
import type { ReviewEndorsementFieldsFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { EndorseReviewMutation, WithdrawEndorsementMutation } from './operations';

const REFETCH = { refetchQueries: ['ReviewEndorsements'] };

/** Whether an endorsement shows to students yet, in words. */
export function endorsementState(e: Pick<ReviewEndorsementFieldsFragment, 'status'>): string {
  return e.status === 'APPROVED'
    ? 'Shown to students as an example'
    : 'Waiting for the approval of its writer’s teacher';
}

/**
 * Under a review in the teacher's results: "Endorse as exemplary" with an optional note, or, once
 * endorsed, the badge, whether students see it yet, and "Withdraw" for whoever may.
 */
export function EndorseReview({
  reviewId,
  endorsement,
}: {
  reviewId: string;
  endorsement: ReviewEndorsementFieldsFragment | undefined;
}) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [endorse, endorsing] = useMutation(EndorseReviewMutation, REFETCH);
  const [withdraw, withdrawing] = useMutation(WithdrawEndorsementMutation, REFETCH);

  async function run(action: () => Promise<unknown>, title: string, message: string) {
    setProblem(null);
    try {
      await action();
      setOpen(false);
      notifications.show({ color: 'green', title, message });
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }
  const alert = problem && (
    <Alert color="red" variant="light" role="alert">
      {problem}
    </Alert>
  );

  if (endorsement) {
    return (
      <Stack gap="xs" mt="sm">
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color="green">
            Endorsed as exemplary{endorsement.endorsedByMe ? '' : ` by ${endorsement.endorsedBy}`}
          </Badge>
          <Text size="sm" c="dimmed">
            {endorsementState(endorsement)}
          </Text>
        </Group>
        {endorsement.note && <Text size="sm">Your note: {endorsement.note}</Text>}
        {alert}
        {endorsement.mayWithdraw && (
          <Group>
            <Button
              variant="default"
              loading={withdrawing.loading}
              onClick={() =>
                void run(
                  () => withdraw({ variables: { endorsementId: endorsement.id } }),
                  'Endorsement withdrawn',
                  'This review is no longer an example for students.',
                )
              }
            >
              Withdraw the endorsement
            </Button>
          </Group>
        )}
      </Stack>
    );
  }

  if (!open)
    return (
      <Group mt="sm">
        <Button variant="light" onClick={() => setOpen(true)}>
          Endorse as exemplary
        </Button>
      </Group>
    );
  return (
    <Stack
      gap="xs"
      mt="sm"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(
          () => endorse({ variables: { input: { reviewId, note: note.trim() || null } } }),
          'Review endorsed',
          'Once its writer’s teacher approves, students of other exchanges see it as an example.',
        );
      }}
    >
      <Textarea
        label="What makes this review helpful? (optional)"
        description="Students read your note beside the example. The essay and its writer are never shown."
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        maxLength={ENDORSEMENT_LIMITS.noteMax}
        autosize
        minRows={2}
      />
      {alert}
      <Group>
        <Button type="submit" loading={endorsing.loading}>
          Endorse
        </Button>
        <Button variant="default" onClick={() => setOpen(false)} disabled={endorsing.loading}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
