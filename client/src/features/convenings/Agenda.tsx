import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { SESSION_KIND_LABELS, type SessionKind } from '@switchback/shared';
import type { ConveningSessionFieldsFragment } from '../../gql/graphql';
import { toApiError, type ApiError } from '../../lib/errors';
import { useNetwork } from '../network/context';
import { SESSION_KIND_COLORS } from './labels';
import { ChooseSessionsMutation } from './operations';
import { dayKey, dayLabel, timeRange, viewerTimeZone } from './times';

export interface AgendaConvening {
  id: string;
  timeZone: string;
  viewerIsCoordinator: boolean;
  viewerCanChooseSessions: boolean;
  sessions: ConveningSessionFieldsFragment[];
}

/** The agenda by day, in the venue's time and the reader's; registered people choose sessions here. */
export function Agenda({
  convening,
  onEdit,
}: {
  convening: AgendaConvening;
  onEdit?: (session: ConveningSessionFieldsFragment) => void;
}) {
  const { network } = useNetwork();
  const venueZone = convening.timeZone;
  const myZone = viewerTimeZone();
  const canChoose = convening.viewerCanChooseSessions;
  const chosenNow = convening.sessions.filter((s) => s.mySeat).map((s) => s.id);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const selection = chosen ?? chosenNow;
  const changed = chosen !== null && [...chosen].sort().join() !== [...chosenNow].sort().join();
  const [error, setError] = useState<ApiError | null>(null);
  const [choose, { loading }] = useMutation(ChooseSessionsMutation);

  const days = new Map<string, ConveningSessionFieldsFragment[]>();
  for (const s of convening.sessions) {
    const key = dayKey(s.startsAt, venueZone);
    days.set(key, [...(days.get(key) ?? []), s]);
  }

  const save = async () => {
    setError(null);
    try {
      await choose({ variables: { conveningId: convening.id, sessionIds: selection } });
      setChosen(null);
      notifications.show({ color: 'green', message: 'Your sessions are saved.' });
    } catch (e) {
      setError(toApiError(e));
    }
  };

  if (!convening.sessions.length) {
    return <Text c="dimmed">No sessions on the agenda yet.</Text>;
  }

  return (
    <Stack gap="md">
      {myZone !== venueZone && (
        <Text size="sm" c="dimmed">
          Times are shown at the venue and, below each, in your time zone.
        </Text>
      )}
      {[...days.entries()].map(([day, sessions]) => (
        <Stack key={day} gap="xs" component="section" aria-label={dayLabel(sessions[0].startsAt, venueZone)}>
          <Title order={3} size="h4">
            {dayLabel(sessions[0].startsAt, venueZone)}
          </Title>
          <Stack component="ul" gap="xs" p={0} style={{ listStyle: 'none' }}>
            {sessions.map((s) => {
              const seats =
                s.capacity === null || s.capacity === undefined
                  ? `${s.confirmedCount} going`
                  : `${s.confirmedCount} of ${s.capacity} seats`;
              const picked = selection.includes(s.id);
              return (
                <Card component="li" key={s.id} withBorder padding="sm" data-session={s.title}>
                  <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                    <Stack gap={2} style={{ flex: '1 1 16rem' }}>
                      <Text fw={600} size="sm">
                        {timeRange(s.startsAt, s.endsAt, venueZone)}
                      </Text>
                      {myZone !== venueZone && (
                        <Text size="xs" c="dimmed">
                          Your time: {timeRange(s.startsAt, s.endsAt, myZone)}
                        </Text>
                      )}
                      <Group gap="xs">
                        <Anchor component={Link} to={`/n/${network.slug}/convenings/${convening.id}/sessions/${s.id}`}>
                          {s.title}
                        </Anchor>
                        <Badge size="sm" variant="light" color={SESSION_KIND_COLORS[s.kind as SessionKind]}>
                          {SESSION_KIND_LABELS[s.kind as SessionKind]}
                        </Badge>
                        {s.mySeat?.status === 'CONFIRMED' && (
                          <Badge size="sm" color="green">
                            Your seat
                          </Badge>
                        )}
                        {s.mySeat?.status === 'WAITLISTED' && (
                          <Badge size="sm" color="yellow">
                            Waitlist #{s.mySeat.waitlistPosition}
                          </Badge>
                        )}
                      </Group>
                      <Text size="sm" c="dimmed">
                        {[
                          s.room && `Room: ${s.room}`,
                          s.group && `Group: ${s.group.name}`,
                          s.facilitator && `Facilitator: ${s.facilitator.displayName}`,
                          seats,
                          s.waitlistCount ? `${s.waitlistCount} waiting` : null,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                    </Stack>
                    <Group gap="xs">
                      {canChoose && (
                        <Checkbox
                          size="md"
                          label="Attend"
                          aria-label={`Attend ${s.title}`}
                          checked={picked}
                          onChange={(e) => {
                            const on = e.currentTarget.checked;
                            setChosen(on ? [...selection, s.id] : selection.filter((id) => id !== s.id));
                          }}
                        />
                      )}
                      {s.canCheckIn && (
                        <Button
                          size="xs"
                          variant="light"
                          component={Link}
                          to={`/n/${network.slug}/convenings/${convening.id}/sessions/${s.id}/check-in`}
                        >
                          Check-in
                        </Button>
                      )}
                      {convening.viewerIsCoordinator && onEdit && (
                        <Button size="xs" variant="default" onClick={() => onEdit(s)}>
                          Edit
                        </Button>
                      )}
                    </Group>
                  </Group>
                </Card>
              );
            })}
          </Stack>
        </Stack>
      ))}
      {error && (
        <Alert color="red" variant="light" role="alert" title="Your sessions were not saved">
          {error.message}
        </Alert>
      )}
      {canChoose && (
        <Group>
          <Button onClick={() => void save()} loading={loading} disabled={!changed}>
            Save my sessions
          </Button>
          {changed && (
            <Button variant="subtle" onClick={() => setChosen(null)}>
              Undo changes
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
