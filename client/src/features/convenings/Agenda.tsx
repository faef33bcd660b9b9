import { useState } from 'react';
import { Anchor, Badge, Button, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { SESSION_KIND_LABELS, type SessionKind } from '@switchback/shared';
import type { ConveningSessionFieldsFragment } from '../../gql/graphql';
import { toApiError } from '../../lib/errors';
import { useNetwork } from '../network/context';
import { SESSION_KIND_COLORS } from './labels';
import { SetSessionChoiceMutation } from './operations';
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
  // The session being saved, and the last error of each session (shown next to it).
  // The choice being saved: its box shows it at once, and shows the saved state once the server answers.
  const [saving, setSaving] = useState<{ id: string; attend: boolean } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [setChoice] = useMutation(SetSessionChoiceMutation);

  const days = new Map<string, ConveningSessionFieldsFragment[]>();
  for (const s of convening.sessions) {
    const key = dayKey(s.startsAt, venueZone);
    days.set(key, [...(days.get(key) ?? []), s]);
  }

  /** Saves one choice at once; the confirmation offers to undo it (undoing is a choice too). */
  const choose = async (s: ConveningSessionFieldsFragment, attend: boolean, undoing = false) => {
    // One save per session at a time: a click while it is being saved is ignored.
    if (saving?.id === s.id) return;
    setErrors(({ [s.id]: _, ...rest }) => rest);
    setSaving({ id: s.id, attend });
    try {
      const { data } = await setChoice({ variables: { sessionId: s.id, attend } });
      const now = data?.setSessionChoice.sessions.find((x) => x.id === s.id);
      const waitlisted = now?.mySeat?.status === 'WAITLISTED';
      const id = `session-choice-${s.id}`;
      notifications.hide(id);
      notifications.show({
        id,
        color: 'green',
        autoClose: 10_000,
        title: attend
          ? waitlisted
            ? `You are on the waitlist for '${s.title}' (#${now?.mySeat?.waitlistPosition ?? '?'}).`
            : `You are going to '${s.title}'.`
          : `You left '${s.title}'.`,
        message: undoing ? (
          'Undone.'
        ) : (
          <Group gap="xs" justify="space-between">
            <Text size="sm">Saved.</Text>
            <Button
              size="xs"
              variant="light"
              onClick={() => {
                notifications.hide(id);
                void choose(s, !attend, true);
              }}
            >
              Undo
            </Button>
          </Group>
        ),
      });
    } catch (e) {
      setErrors((all) => ({ ...all, [s.id]: toApiError(e).message }));
    } finally {
      setSaving(null);
    }
  };

  // Why nobody may choose now (not registered, the convening is over), said once above the agenda.
  const closed = convening.sessions[0]?.choice;
  const closedNote =
    !canChoose && closed && (closed.code === 'REGISTER_FIRST' || closed.code === 'OVER') ? closed.reason : null;

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
      {closedNote && <Text size="sm">{closedNote}</Text>}
      {canChoose && (
        <Text size="sm" c="dimmed">
          Tick a session to take it: each choice is saved at once.
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
                      {canChoose && !s.choice.available && s.choice.reason && (
                        <Text size="sm" data-not-offered>
                          <strong>Not offered to you:</strong> {s.choice.reason}
                        </Text>
                      )}
                      {canChoose && s.choice.available && s.choice.full && !s.choice.chosen && (
                        <Text size="sm" c="dimmed">
                          Full: choosing it puts you on its waitlist.
                        </Text>
                      )}
                      {errors[s.id] && (
                        <Text size="sm" c="red" role="alert" id={`choice-error-${s.id}`}>
                          Not saved: {errors[s.id]}
                        </Text>
                      )}
                    </Stack>
                    <Group gap="xs">
                      {canChoose && s.choice.available && (
                        <Checkbox
                          size="md"
                          label={s.choice.full && !s.choice.chosen ? 'Join the waitlist' : 'Attend'}
                          aria-label={`${s.choice.full && !s.choice.chosen ? 'Join the waitlist of' : 'Attend'} ${s.title}`}
                          aria-describedby={errors[s.id] ? `choice-error-${s.id}` : undefined}
                          checked={saving?.id === s.id ? saving.attend : s.choice.chosen}
                          aria-busy={saving?.id === s.id || undefined}
                          onChange={(e) => void choose(s, e.currentTarget.checked)}
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
    </Stack>
  );
}
