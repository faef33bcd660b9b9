import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import { ResultCount } from '../../components/ResultCount';
import { toApiError, type ApiError } from '../../lib/errors';
import { useNetwork } from '../network/context';
import { CheckInListQuery, CheckInMutation } from './operations';
import { timeRange } from './times';
import './convening-styles';

interface Person {
  id: string;
  displayName: string;
  schoolName: string | null;
  status: string | null;
  checkedInAt: string | null;
  /** Registered but without a seat in this session (coordinators may add them). */
  walkIn: boolean;
}

/** `/convenings/:conveningId/sessions/:sessionId/check-in`: a phone-friendly attendance list. */
export function CheckInPage() {
  const { conveningId = '', sessionId = '' } = useParams();
  const { network } = useNetwork();
  const [search, setSearch] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const {
    data,
    loading,
    error: loadError,
    refetch,
  } = useQuery(CheckInListQuery, {
    variables: { id: sessionId },
    fetchPolicy: 'cache-and-network',
  });
  const [checkIn] = useMutation(CheckInMutation, { refetchQueries: ['CheckInList'] });
  const s = data?.conveningSession;
  const back = `/n/${network.slug}/convenings/${conveningId}/sessions/${sessionId}`;
  if (!s && loading) return <PageLoader label="Loading the list…" />;
  if (!s) return <QueryError error={loadError} onRetry={() => void refetch()} />;
  if (!s.attendees) {
    return (
      <Stack>
        <Anchor component={Link} to={back} size="sm">
          ← {s.title}
        </Anchor>
        <Alert color="gray" variant="light">
          Only the session’s facilitator or a network coordinator checks people in.
        </Alert>
      </Stack>
    );
  }

  const seated: Person[] = s.attendees.map((a) => ({
    id: a.user.id,
    displayName: a.user.displayName,
    schoolName: a.schoolName ?? null,
    status: a.status,
    checkedInAt: a.checkedInAt ?? null,
    walkIn: false,
  }));
  const registered: Person[] = (s.convening.registrationSummary?.bySchool ?? []).flatMap((school) =>
    school.registrants
      .filter((r) => r.status !== 'NOT_GOING' && !seated.some((p) => p.id === r.user.id))
      .map((r) => ({
        id: r.user.id,
        displayName: r.user.displayName,
        schoolName: school.schoolName,
        status: null,
        checkedInAt: null,
        walkIn: true,
      })),
  );
  const q = search.trim().toLowerCase();
  const everyone = [...seated, ...(q ? registered : [])];
  const shown = everyone.filter((p) => !q || p.displayName.toLowerCase().includes(q));
  const present = seated.filter((p) => p.checkedInAt).length;

  const toggle = async (p: Person) => {
    setError(null);
    setBusy(p.id);
    try {
      await checkIn({ variables: { sessionId, userId: p.id, present: !p.checkedInAt } });
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="md" maw={640}>
      <Anchor component={Link} to={back} size="sm">
        ← {s.title}
      </Anchor>
      <PageTitle documentTitle={`Check-in: ${s.title}`}>Check-in</PageTitle>
      <Text>
        {s.title} · {timeRange(s.startsAt, s.endsAt, s.convening.timeZone)}
        {s.room ? ` · ${s.room}` : ''}
      </Text>
      <Text fw={600} aria-live="polite">
        {present} of {seated.length} checked in
      </Text>
      <TextInput
        size="lg"
        label="Find a person"
        description={
          s.convening.viewerIsCoordinator
            ? 'Type a name. Registered people without a seat appear too, so you can add them.'
            : 'Type a name.'
        }
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        type="search"
      />
      {error && (
        <Alert color="red" variant="light" role="alert">
          {error.message}
        </Alert>
      )}
      <ResultCount
        shown={shown.length}
        total={everyone.length}
        noun={['person', 'people']}
        empty="Nobody matches that name."
      />
      <Stack component="ul" gap="xs" p={0} style={{ listStyle: 'none' }} aria-label="Attendees">
        {shown.map((p) => (
          <Card component="li" key={p.id} withBorder padding="sm">
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={0}>
                <Text fw={600} size="lg">
                  {p.displayName}
                </Text>
                <Group gap={6}>
                  {p.schoolName && (
                    <Text size="sm" c="dimmed">
                      {p.schoolName}
                    </Text>
                  )}
                  {p.status === 'WAITLISTED' && (
                    <Badge size="sm" color="yellow">
                      Waitlist
                    </Badge>
                  )}
                  {p.walkIn && (
                    <Badge size="sm" color="gray">
                      No seat yet
                    </Badge>
                  )}
                </Group>
              </Stack>
              <Button
                size="lg"
                miw={150}
                color={p.checkedInAt ? 'green' : undefined}
                variant={p.checkedInAt ? 'filled' : 'outline'}
                aria-pressed={!!p.checkedInAt}
                aria-label={`${p.displayName}: ${p.checkedInAt ? 'checked in (tap to undo)' : 'check in'}`}
                loading={busy === p.id}
                onClick={() => void toggle(p)}
              >
                {p.checkedInAt ? '✓ Here' : 'Check in'}
              </Button>
            </Group>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
