import { useState } from 'react';
import { Badge, Button, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import {
  REVIEW_STAGES,
  REVIEW_STAGE_LABELS,
  UNIT_COMMENT_KIND_LABELS,
  UNIT_LIMITS,
  commentKindForStage,
  nextReviewStage,
  type ReviewStage,
} from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import type { UnitReviewFieldsFragment } from '../../gql/graphql';
import { type ApiError, submitWithApiErrors, toApiError } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { useNetwork } from '../network/context';
import { REVIEW_STAGE_HINTS } from './labels';
import { AdvanceUnitReviewMutation, StartUnitReviewMutation } from './operations';
import { AdultPicker } from '../network/AdultPicker';

interface UnitReviewProps {
  unit: { id: string; status: string; currentReview?: UnitReviewFieldsFragment | null };
  /** Authors start and advance the review. */
  canEdit: boolean;
  onChanged: () => Promise<unknown>;
}

/** The critical-friend review round: start it, follow the protocol stage by stage, close it with a reflection. */
export function UnitReview({ unit, canEdit, onChanged }: UnitReviewProps) {
  const { viewer } = useNetwork();
  const review = unit.currentReview;
  if (!review || review.stage === 'CLOSED') {
    return (
      <Stack gap="md">
        <Text size="sm">
          In a review round, critical friends from other schools or groups read the unit and give feedback in protocol
          order: clarifying questions, then warm feedback, then cool feedback, then the authors reflect.
        </Text>
        <ProtocolSteps current={null} />
        {canEdit && unit.status === 'DRAFT' ? (
          <StartReviewForm unitId={unit.id} onStarted={onChanged} />
        ) : canEdit ? (
          <Text size="sm" c="dimmed">
            A review round starts from a draft.
          </Text>
        ) : null}
      </Stack>
    );
  }
  const stage = review.stage as ReviewStage;
  const isFriend = review.friends.some((f) => f.id === viewer.id);
  const kind = commentKindForStage(stage);
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={3} size="h5">
          Review started {formatDate(review.createdAt)}
        </Title>
        <Text size="sm">Critical friends: {review.friends.map((f) => f.displayName).join(', ') || 'none'}</Text>
      </Stack>
      <ProtocolSteps current={stage} />
      {isFriend && (
        <Text size="sm" fw={600}>
          {kind
            ? `You are a critical friend. Add your ${UNIT_COMMENT_KIND_LABELS[kind].toLowerCase()} in the Comments tab.`
            : 'You are a critical friend. The authors are reflecting on the feedback now.'}
        </Text>
      )}
      {canEdit &&
        (stage === 'REFLECTION' ? (
          <CloseReviewForm unitId={unit.id} onClosed={onChanged} />
        ) : (
          <AdvanceButton unitId={unit.id} stage={stage} onAdvanced={onChanged} />
        ))}
    </Stack>
  );
}

function ProtocolSteps({ current }: { current: ReviewStage | null }) {
  const steps = REVIEW_STAGES.filter((s) => s !== 'CLOSED');
  return (
    <List type="ordered" spacing="xs" size="sm" aria-label="Review protocol">
      {steps.map((s) => (
        <List.Item key={s} aria-current={s === current ? 'step' : undefined}>
          <Text span fw={700} size="sm">
            {REVIEW_STAGE_LABELS[s]}
          </Text>
          {s === current && (
            <Badge ml={6} size="sm" variant="filled" color="orange">
              Now
            </Badge>
          )}
          <Text size="sm" c={s === current ? undefined : 'dimmed'}>
            {REVIEW_STAGE_HINTS[s]}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

function AdvanceButton({
  unitId,
  stage,
  onAdvanced,
}: {
  unitId: string;
  stage: ReviewStage;
  onAdvanced: () => Promise<unknown>;
}) {
  const [advance, { loading }] = useMutation(AdvanceUnitReviewMutation);
  const [error, setError] = useState<ApiError | null>(null);
  const next = nextReviewStage(stage);
  if (!next) return null;
  const run = async () => {
    setError(null);
    try {
      await advance({ variables: { unitId } });
      notifications.show({ color: 'green', title: 'Review moved on', message: `Now: ${REVIEW_STAGE_LABELS[next]}.` });
      await onAdvanced();
    } catch (e) {
      setError(toApiError(e));
    }
  };
  return (
    <Stack gap="xs">
      <FormAlert error={error} title="Could not move the review on" />
      <Group>
        <Button onClick={() => void run()} loading={loading}>
          Move on to {REVIEW_STAGE_LABELS[next].toLowerCase()}
        </Button>
      </Group>
    </Stack>
  );
}

function CloseReviewForm({ unitId, onClosed }: { unitId: string; onClosed: () => Promise<unknown> }) {
  const [advance] = useMutation(AdvanceUnitReviewMutation);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    name: 'close-unit-review',
    initialValues: { reflection: '' },
    validate: {
      reflection: (v) =>
        !v.trim()
          ? 'Write your reflection on the feedback before closing the review.'
          : v.length > UNIT_LIMITS.commentMax
            ? `Keep the reflection under ${UNIT_LIMITS.commentMax} characters.`
            : null,
    },
  });
  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    await advance({ variables: { unitId, reflection: values.reflection.trim() } });
    notifications.show({
      color: 'green',
      title: 'Review closed',
      message: 'The unit is a draft again: revise it, then publish it when it is ready.',
    });
    await onClosed();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <FormAlert error={apiError} />
        <Textarea
          label="Your reflection"
          description="What did you hear, and what will you change? Closing the review returns the unit to draft."
          autosize
          minRows={4}
          maxRows={12}
          maxLength={UNIT_LIMITS.commentMax}
          required
          {...form.getInputProps('reflection')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            Close the review
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function StartReviewForm({ unitId, onStarted }: { unitId: string; onStarted: () => Promise<unknown> }) {
  const [start] = useMutation(StartUnitReviewMutation);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    name: 'start-unit-review',
    initialValues: { friendIds: [] as string[] },
    validate: {
      friendIds: (v) =>
        v.length === 0
          ? 'Name at least one critical friend.'
          : v.length > UNIT_LIMITS.friendsMax
            ? `Name at most ${UNIT_LIMITS.friendsMax} critical friends.`
            : null,
    },
  });
  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    await start({ variables: { input: { unitId, friendIds: values.friendIds } } });
    notifications.show({
      color: 'green',
      title: 'Review started',
      message: 'Your critical friends get a notification and can ask clarifying questions now.',
    });
    form.reset();
    await onStarted();
  });
  return (
    <form onSubmit={submit} noValidate aria-labelledby="start-review-heading">
      <Stack gap="xs">
        <Title order={3} size="h5" id="start-review-heading">
          Start a review
        </Title>
        <FormAlert error={apiError} />
        <AdultPicker
          {...form.getInputProps('friendIds')}
          value={form.values.friendIds}
          label="Critical friends"
          description="Type a name. Choose colleagues from outside the group: other schools or other groups."
          maxValues={UNIT_LIMITS.friendsMax}
          excludeViewer
          required
        />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            Start the review
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
