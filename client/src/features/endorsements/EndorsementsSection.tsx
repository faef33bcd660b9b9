import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import type { ReviewEndorsementFieldsFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { ReviewText } from '../exchanges/ReviewText';
import { endorsementState } from './EndorseReview';
import { ApproveEndorsementMutation, WithdrawEndorsementMutation } from './operations';

type Endorsement = ReviewEndorsementFieldsFragment;
const REFETCH = { refetchQueries: ['ReviewEndorsements'] };

/**
 * For the teacher of a review's writer: reviews by their students that colleagues endorsed, to
 * approve as examples (or decline), and the ones already shown, to stop showing.
 */
export function EndorsementsSection({ endorsements }: { endorsements: readonly Endorsement[] }) {
  const theirs = endorsements.filter((e) => e.mayApprove);
  if (theirs.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No colleague has endorsed a review by your students in this exchange.
      </Text>
    );
  return (
    <Stack gap="md">
      <Text size="sm">
        Reviews by your students that colleagues endorsed: approve to show them as examples. Other students see them
        without the essay, and only by the writer’s pseudonym.
      </Text>
      {theirs.map((e) => (
        <ApprovalCard key={e.id} endorsement={e} />
      ))}
    </Stack>
  );
}

function ApprovalCard({ endorsement: e }: { endorsement: Endorsement }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [approve, approving] = useMutation(ApproveEndorsementMutation, REFETCH);
  const [withdraw, withdrawing] = useMutation(WithdrawEndorsementMutation, REFETCH);
  const waiting = e.status === 'AWAITING_APPROVAL';
  const heading = `endorsement-${e.id}`;

  async function run(action: () => Promise<unknown>, title: string, message: string) {
    setProblem(null);
    try {
      await action();
      notifications.show({ color: 'green', title, message });
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }
  const stop = () =>
    run(
      () => withdraw({ variables: { endorsementId: e.id } }),
      waiting ? 'Endorsement declined' : 'No longer an example',
      'Students will not see this review as an example.',
    );

  return (
    <Card withBorder padding="md" component="article" aria-labelledby={heading}>
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Text id={heading} component="h3" fw={600} m={0} className="break-word">
          {e.reviewerLabel}’s review of {e.authorLabel}’s essay
        </Text>
        <Badge variant="light" color={waiting ? 'blue' : 'green'}>
          {waiting ? 'Waiting for you' : 'Shown as an example'}
        </Badge>
      </Group>
      <Text size="sm" mb="sm" className="break-word">
        Endorsed by {e.endorsedByMe ? 'you' : e.endorsedBy}
        {e.note ? `: “${e.note}”` : '.'} {endorsementState(e)}.
      </Text>
      <ReviewText review={e.review} />
      {problem && (
        <Alert color="red" variant="light" role="alert" mt="sm">
          {problem}
        </Alert>
      )}
      <Group mt="md">
        {waiting && (
          <Button
            loading={approving.loading}
            disabled={withdrawing.loading}
            onClick={() =>
              void run(
                () => approve({ variables: { endorsementId: e.id } }),
                'Approved as an example',
                'Students of the network’s other exchanges now see it before they review.',
              )
            }
          >
            Approve as an example
          </Button>
        )}
        <Button
          variant="default"
          loading={withdrawing.loading}
          disabled={approving.loading}
          onClick={() => void stop()}
        >
          {waiting ? 'Decline' : 'Stop showing it'}
        </Button>
      </Group>
    </Card>
  );
}
