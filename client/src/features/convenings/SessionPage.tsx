import { lazy, Suspense, useState } from 'react';
import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { SESSION_KIND_LABELS, type SessionKind } from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import { useNetwork } from '../network/context';
import { ActionItemsBox } from './ActionItemsBox';
import { SESSION_KIND_COLORS } from './labels';
import { SessionPageQuery } from './operations';
import { dayLabel, timeRange, viewerTimeZone } from './times';
import './convening-styles';

// The live editor (TipTap, Yjs, socket.io) is heavy: it loads only here.
const SessionNotesEditor = lazy(() => import('./SessionNotesEditor'));

/** `/convenings/:conveningId/sessions/:sessionId`: the session, its live shared notes and action items. */
export function SessionPage() {
  const { conveningId = '', sessionId = '' } = useParams();
  const { network, viewer } = useNetwork();
  const [lines, setLines] = useState<string[]>([]);
  const { data, loading, error, refetch } = useQuery(SessionPageQuery, {
    variables: { id: sessionId },
    fetchPolicy: 'cache-and-network',
  });
  const s = data?.conveningSession;
  const back = `/n/${network.slug}/convenings/${conveningId}`;
  if (!s && loading) return <PageLoader label="Loading the session…" />;
  if (!s) {
    return (
      <Stack>
        <Anchor component={Link} to={back} size="sm">
          ← Convening
        </Anchor>
        <QueryError error={error} onRetry={() => void refetch()} />
      </Stack>
    );
  }
  const tz = s.convening.timeZone;
  const myZone = viewerTimeZone();
  const kind = s.kind as SessionKind;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={back} size="sm">
        ← {s.convening.title}
      </Anchor>
      <Stack gap={4}>
        <Group gap="xs">
          <PageTitle>{s.title}</PageTitle>
          <Badge variant="light" color={SESSION_KIND_COLORS[kind]}>
            {SESSION_KIND_LABELS[kind]}
          </Badge>
          {s.mySeat?.status === 'CONFIRMED' && <Badge color="green">Your seat</Badge>}
          {s.mySeat?.status === 'WAITLISTED' && <Badge color="yellow">Waitlist #{s.mySeat.waitlistPosition}</Badge>}
        </Group>
        <Text>
          {dayLabel(s.startsAt, tz)}, {timeRange(s.startsAt, s.endsAt, tz)}
          {s.room ? ` · ${s.room}` : ''}
        </Text>
        {myZone !== tz && (
          <Text size="sm" c="dimmed">
            Your time: {dayLabel(s.startsAt, myZone)}, {timeRange(s.startsAt, s.endsAt, myZone)}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {[
            s.group && `Group: ${s.group.name}`,
            s.facilitator && `Facilitator: ${s.facilitator.displayName}`,
            `${s.confirmedCount}${s.capacity ? ` of ${s.capacity}` : ''} seats taken`,
            s.waitlistCount ? `${s.waitlistCount} waiting` : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {s.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{s.description}</Text>}
      </Stack>
      {s.canCheckIn && (
        <div>
          <Button component={Link} to={`${back}/sessions/${s.id}/check-in`} variant="light">
            Check people in
          </Button>
        </div>
      )}
      <Stack gap="sm" component="section" aria-labelledby="notes-heading">
        <Title order={2} size="h3" id="notes-heading">
          Notes
        </Title>
        <Text size="sm" c="dimmed">
          {s.notesAccess === 'EDIT'
            ? 'Everyone in the session writes here at once; it keeps working offline and catches up.'
            : 'You can read the notes; the session’s attendees write them.'}
        </Text>
        <Suspense fallback={<PageLoader label="Opening the notes…" />}>
          <SessionNotesEditor
            documentId={s.notesDocumentId}
            user={{ id: viewer.id, name: viewer.displayName }}
            onLinesChange={setLines}
          />
        </Suspense>
      </Stack>
      <ActionItemsBox
        sessionId={s.id}
        group={s.group ?? null}
        lines={lines}
        done={s.actionItemsDone}
        canPromote={s.notesAccess === 'EDIT'}
      />
    </Stack>
  );
}
