import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { ConfirmModal } from '../../components/ConfirmModal';
import { FormAlert } from '../../components/FormAlert';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import type { MentorshipQuery as MentorshipData } from '../../gql/graphql';
import { type ApiError, toApiError } from '../../lib/errors';
import { formatCalendarDate } from '../../lib/format';
import { useNetwork } from '../network/context';
import { ObservationWorkspace } from '../observation-notes/ObservationWorkspace';
import { CoPlanningCard } from './CoPlanningCard';
import { LogMeetingForm } from './LogMeetingForm';
import { EndMentorshipMutation, MentorshipQuery, UpdateMentorshipMutation } from './operations';
import { lastMet, pairTitle, withSchool } from './pair-names';

type Pair = NonNullable<MentorshipData['mentorship']>;

/** One mentoring pair: goals, the meeting log, the co-planned unit and observation (the pair's eyes only). */
export function MentorshipPage() {
  const { mentorshipId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MentorshipQuery, {
    variables: { id: mentorshipId },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <PageLoader label="Loading the mentoring pair…" />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch()} />;
  return <PairView pair={data.mentorship} />;
}

function PairView({ pair }: { pair: Pair }) {
  const { network, viewer, role } = useNetwork();
  return (
    <Stack maw={760}>
      <Anchor component={Link} to={`/n/${network.slug}/mentoring`} size="sm">
        ← Mentoring
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <PageTitle>{pairTitle(pair, viewer.id)}</PageTitle>
        {pair.status === 'ENDED' && <Badge color="gray">Ended</Badge>}
      </Group>
      <Text size="sm">
        Mentor: {withSchool(pair.mentor)} · Newer teacher: {withSchool(pair.mentee)} · Since{' '}
        {formatCalendarDate(pair.startedAt as string)}
      </Text>
      {pair.mine ? (
        <>
          <GoalsCard pair={pair} />
          <CoPlanningCard pairId={pair.id} unit={pair.unit} canWrite={pair.canWrite} />
          <MeetingLog pair={pair} />
          <Card withBorder radius="md" padding="md" component="section" aria-label="Observing each other">
            <Stack gap="sm">
              <Text size="sm">Recordings and time-stamped notes of your lessons, for the two of you.</Text>
              <ObservationWorkspace
                ownerKind="MENTORSHIP"
                ownerId={pair.id}
                canUpload={pair.canWrite}
                canWrite={pair.canWrite}
                lookFors={[]}
              />
            </Stack>
          </Card>
        </>
      ) : (
        <Card withBorder radius="md" padding="md">
          <Text>What this pair writes stays between the two of them. You see when they met:</Text>
          <Text fw={600}>{lastMet(pair.lastMeetingOn)}</Text>
          {pair.meetingDates.length > 0 && (
            <Text size="sm" component="ul" aria-label="Meeting dates">
              {pair.meetingDates.map((d, i) => (
                <li key={`${d}-${i}`}>{formatCalendarDate(d)}</li>
              ))}
            </Text>
          )}
        </Card>
      )}
      {role === 'COORDINATOR' && pair.status === 'ACTIVE' && <EndPair pair={pair} />}
    </Stack>
  );
}

function GoalsCard({ pair }: { pair: Pair }) {
  const [goals, setGoals] = useState(pair.goals ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [save, { loading }] = useMutation(UpdateMentorshipMutation);
  const changed = goals.trim() !== (pair.goals ?? '').trim();
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="goals-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="goals-title">
          Shared goals
        </Title>
        {pair.canWrite ? (
          <>
            <Textarea
              label="Your goals as a pair"
              description="Only the two of you read them."
              autosize
              minRows={3}
              maxLength={4000}
              value={goals}
              onChange={(e) => setGoals(e.currentTarget.value)}
            />
            <FormAlert error={error} />
            <Button
              mih={44}
              style={{ alignSelf: 'flex-start' }}
              disabled={!changed}
              loading={loading}
              onClick={() => {
                setError(null);
                save({ variables: { input: { mentorshipId: pair.id, goals } } }).catch((e: unknown) =>
                  setError(toApiError(e)),
                );
              }}
            >
              Save goals
            </Button>
          </>
        ) : (
          <Text style={{ whiteSpace: 'pre-wrap' }}>{pair.goals || 'No goals written.'}</Text>
        )}
      </Stack>
    </Card>
  );
}

function MeetingLog({ pair }: { pair: Pair }) {
  const meetings = pair.meetings ?? [];
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="meetings-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="meetings-title">
          Meetings
        </Title>
        {pair.canWrite && <LogMeetingForm mentorshipId={pair.id} />}
        {meetings.length === 0 ? (
          <Text size="sm">No meetings logged yet.</Text>
        ) : (
          <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Meeting log">
            {meetings.map((m) => (
              <li key={m.id}>
                <Text fw={600}>{formatCalendarDate(m.meetingOn)}</Text>
                {m.notes && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
                    {m.notes}
                  </Text>
                )}
                {m.nextSteps && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
                    <strong>
                      Next steps{m.nextStepsDueOn ? ` (due ${formatCalendarDate(m.nextStepsDueOn)})` : ''}:
                    </strong>{' '}
                    {m.nextSteps}
                  </Text>
                )}
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function EndPair({ pair }: { pair: Pair }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [end, { loading }] = useMutation(EndMentorshipMutation, { refetchQueries: ['Mentorships'] });
  return (
    <>
      <Button variant="default" mih={44} style={{ alignSelf: 'flex-start' }} onClick={() => setOpen(true)}>
        End this pair
      </Button>
      <ConfirmModal
        opened={open}
        title="End this mentoring pair?"
        confirmLabel="End pair"
        danger
        loading={loading}
        error={error}
        onClose={() => setOpen(false)}
        onConfirm={() => {
          end({ variables: { id: pair.id } })
            .then(() => setOpen(false))
            .catch((e: unknown) => setError(toApiError(e)));
        }}
      >
        The pair keeps its record to read, but can no longer log meetings. Their recordings are deleted after the
        retention period.
      </ConfirmModal>
    </>
  );
}
