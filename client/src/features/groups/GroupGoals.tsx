import { useState } from 'react';
import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { GOAL_STATUSES, type GoalStatus } from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import { errorMessage, type ApiError, submitWithApiErrors } from '../../lib/errors';
import { formatCalendarDate, formatWhen, plural } from '../../lib/format';
import type { GroupAbilities, PageGroup, StreamGroup } from './GroupPage';
import { useViewerTimeZone } from '../network/context';
import { GOAL_STATUS_COLORS, GOAL_STATUS_LABELS } from './labels';
import { CreateGoalMutation, UpdateGoalMutation } from './operations';

type Goal = StreamGroup['goals'][number];

const STATEMENT_MAX = 500;
const CRITERIA_MAX = 2000;
const LATEST_CHECK_INS = 3;

interface GroupGoalsProps {
  group: PageGroup;
  goals: Goal[];
  abilities: GroupAbilities;
  onChanged: () => Promise<unknown>;
}

export function GroupGoals({ group, goals, abilities, onChanged }: GroupGoalsProps) {
  const [adding, setAdding] = useState(false);
  const fullScreen = useMediaQuery('(max-width: 36em)');
  return (
    <Stack component="section" aria-labelledby="goals-heading" gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3" id="goals-heading">
          Goals
        </Title>
        {abilities.canParticipate && <Button onClick={() => setAdding(true)}>Add goal</Button>}
      </Group>
      <Text size="sm" c="dimmed">
        Shared commitments the group checks in on between meetings.
      </Text>
      {goals.length === 0 ? (
        <Text>
          No goals yet.
          {abilities.canParticipate ? ' Add one the whole group can work toward and check in on.' : ''}
        </Text>
      ) : (
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
          {goals.map((goal) => (
            <li key={goal.id}>
              <GoalCard goal={goal} abilities={abilities} />
            </li>
          ))}
        </Stack>
      )}
      <Modal opened={adding} onClose={() => setAdding(false)} title="Add goal" fullScreen={fullScreen} size="lg">
        {adding && <GoalForm groupId={group.id} onDone={() => setAdding(false)} onSaved={onChanged} />}
      </Modal>
    </Stack>
  );
}

function GoalCard({ goal, abilities }: { goal: Goal; abilities: GroupAbilities }) {
  const timeZone = useViewerTimeZone();
  const [updateGoal, { loading }] = useMutation(UpdateGoalMutation);
  const status = goal.status as GoalStatus;
  const headingId = `goal-${goal.id}`;
  const latest = goal.checkIns.slice(0, LATEST_CHECK_INS);

  const changeStatus = async (next: GoalStatus) => {
    try {
      await updateGoal({ variables: { input: { id: goal.id, status: next } } });
      notifications.show({
        color: 'green',
        title: 'Goal updated',
        message: `The goal is now ${GOAL_STATUS_LABELS[next].toLowerCase()}.`,
      });
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not change the status', message: errorMessage(e) });
    }
  };

  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={3} size="h5" id={headingId} className="break-word">
            {goal.statement}
          </Title>
          <Badge variant="light" color={GOAL_STATUS_COLORS[status]} style={{ flexShrink: 0 }}>
            {GOAL_STATUS_LABELS[status]}
          </Badge>
        </Group>
        {goal.successCriteria && (
          <Text size="sm" className="pre-wrap">
            <strong>Success criteria:</strong> {goal.successCriteria}
          </Text>
        )}
        <Text size="sm">
          <strong>Target date:</strong> {goal.targetDate ? formatCalendarDate(goal.targetDate) : 'None set'}
        </Text>
        {abilities.canParticipate && (
          <NativeSelect
            label="Status"
            size="xs"
            maw={220}
            disabled={loading}
            value={status}
            onChange={(e) => void changeStatus(e.currentTarget.value as GoalStatus)}
            data={GOAL_STATUSES.map((s) => ({ value: s, label: GOAL_STATUS_LABELS[s] }))}
          />
        )}
        <Stack gap={4}>
          <Title order={4} size="h6">
            {goal.checkIns.length === 0
              ? 'No check-ins yet'
              : goal.checkIns.length > LATEST_CHECK_INS
                ? `Latest check-ins (${LATEST_CHECK_INS} of ${goal.checkIns.length})`
                : `Check-ins (${goal.checkIns.length})`}
          </Title>
          {latest.length > 0 && (
            <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
              {latest.map((c) => (
                <li key={c.id}>
                  <Text size="sm">
                    <strong>{c.author.displayName}</strong>{' '}
                    <Text span size="xs" c="dimmed">
                      <time dateTime={c.createdAt}>{formatWhen(c.createdAt, timeZone)}</time>
                    </Text>
                  </Text>
                  {c.hidden ? (
                    <Text size="sm" fs="italic" c="dimmed">
                      Hidden by a facilitator
                    </Text>
                  ) : (
                    <Text size="sm" lineClamp={3} className="pre-wrap">
                      {c.body}
                    </Text>
                  )}
                </li>
              ))}
            </Stack>
          )}
          {goal.checkIns.length === 0 && abilities.canParticipate && (
            <Text size="sm" c="dimmed">
              Post a check-in in the stream and choose this goal.
            </Text>
          )}
          {goal.checkIns.length > LATEST_CHECK_INS && (
            <Text size="xs" c="dimmed">
              {plural(goal.checkIns.length - LATEST_CHECK_INS, 'older check-in')} in the stream.
            </Text>
          )}
        </Stack>
      </Stack>
    </Card>
  );
}

function GoalForm({
  groupId,
  onDone,
  onSaved,
}: {
  groupId: string;
  onDone: () => void;
  onSaved: () => Promise<unknown>;
}) {
  const [createGoal] = useMutation(CreateGoalMutation);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    name: 'new-goal',
    initialValues: { statement: '', successCriteria: '', targetDate: '' },
    validate: {
      statement: (v) =>
        !v.trim()
          ? 'Write the goal, e.g. “All our 10th graders will answer a counter-claim”.'
          : v.length > STATEMENT_MAX
            ? `Keep the goal under ${STATEMENT_MAX} characters.`
            : null,
      successCriteria: (v) => (v.length > CRITERIA_MAX ? `Keep it under ${CRITERIA_MAX} characters.` : null),
      targetDate: (v) => (!v || /^\d{4}-\d{2}-\d{2}$/.test(v) ? null : 'Choose a target date.'),
    },
  });

  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    await createGoal({
      variables: {
        input: {
          groupId,
          statement: values.statement.trim(),
          successCriteria: values.successCriteria.trim() || undefined,
          targetDate: values.targetDate || undefined,
        },
      },
    });
    await onSaved();
    notifications.show({ color: 'green', title: 'Goal added', message: 'The group can check in on it now.' });
    onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert error={apiError} />
        <Textarea
          label="Goal"
          description="What the group commits to, in a sentence."
          required
          autosize
          minRows={2}
          maxRows={6}
          maxLength={STATEMENT_MAX}
          data-autofocus
          {...form.getInputProps('statement')}
        />
        <Textarea
          label="Success criteria"
          description="Optional. How you will know it is met."
          autosize
          minRows={2}
          maxRows={8}
          maxLength={CRITERIA_MAX}
          {...form.getInputProps('successCriteria')}
        />
        <TextInput
          label="Target date"
          description="Optional."
          type="date"
          maw={240}
          {...form.getInputProps('targetDate')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Save goal
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
