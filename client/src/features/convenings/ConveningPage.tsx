import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import type { ConveningSessionFieldsFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { timeZoneLabel } from '../../lib/format';
import { useNetwork } from '../network/context';
import { Agenda } from './Agenda';
import { ConveningFormModal } from './ConveningFormModal';
import { SEASON_LABELS } from './labels';
import { ConveningPageQuery, PublishConveningMutation } from './operations';
import { RegisterPanel } from './RegisterPanel';
import { RegistrationDashboard } from './RegistrationDashboard';
import { SessionFormModal } from './SessionFormModal';
import { dayLabel, momentLabel } from './times';
import './convening-styles';

/** `/convenings/:conveningId`: details, agenda, your registration; the coordinator's planning tools. */
export function ConveningPage() {
  const { conveningId = '' } = useParams();
  const { network } = useNetwork();
  const { data, loading, error, refetch } = useQuery(ConveningPageQuery, {
    variables: { id: conveningId },
    fetchPolicy: 'cache-and-network',
  });
  const [publish, publishing] = useMutation(PublishConveningMutation);
  const [editing, setEditing] = useState(false);
  const [sessionForm, setSessionForm] = useState<{ session: ConveningSessionFieldsFragment | null } | null>(null);
  const c = data?.convening;
  const base = `/n/${network.slug}/convenings`;
  if (!c && loading) return <PageLoader label="Loading the convening…" />;
  if (!c) {
    return (
      <Stack>
        <Anchor component={Link} to={base} size="sm">
          ← Convenings
        </Anchor>
        <QueryError error={error} onRetry={() => void refetch()} />
      </Stack>
    );
  }
  const tz = c.timeZone;
  const deadline = momentLabel(c.registrationDeadline, tz);
  const doPublish = async () => {
    try {
      await publish({ variables: { id: c.id } });
      notifications.show({ color: 'green', message: 'Published: the network can register now.' });
    } catch (e) {
      notifications.show({ color: 'red', title: 'Not published', message: errorMessage(e) });
    }
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={base} size="sm">
        ← Convenings
      </Anchor>
      <Stack gap={4}>
        <Group gap="xs">
          <PageTitle>{c.title}</PageTitle>
          <Badge variant="light">{SEASON_LABELS[c.season] ?? c.season}</Badge>
          {c.status === 'DRAFT' && (
            <Badge color="gray" variant="outline">
              Draft
            </Badge>
          )}
        </Group>
        <Text>
          {dayLabel(c.startsAt, tz)} – {dayLabel(c.endsAt, tz)} · {c.venue}
          {c.address ? `, ${c.address}` : ''}
        </Text>
        <Text size="sm" c="dimmed">
          Venue time: {timeZoneLabel(tz)}
          {c.hostSchool ? ` · Hosted by ${c.hostSchool.name}` : ''} · Register by {deadline}
        </Text>
        {c.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{c.description}</Text>}
      </Stack>
      {c.viewerIsCoordinator && (
        <Group gap="sm">
          <Button variant="default" onClick={() => setEditing(true)}>
            Edit details
          </Button>
          <Button variant="default" onClick={() => setSessionForm({ session: null })}>
            Add a session
          </Button>
          {c.status === 'DRAFT' && (
            <Button onClick={() => void doPublish()} loading={publishing.loading}>
              Publish
            </Button>
          )}
        </Group>
      )}
      {c.status === 'DRAFT' && (
        <Alert variant="light" color="gray">
          Only coordinators see this draft. Publish it to open registration.
        </Alert>
      )}
      <Group gap="md">
        <Anchor href={`/api/convenings/${c.id}.ics`}>Add the agenda to your calendar (.ics)</Anchor>
        <Anchor href="/api/me/sessions.ics">Your sessions (.ics)</Anchor>
      </Group>
      <Divider />
      {c.status === 'PUBLISHED' && (
        <Stack gap="sm" component="section" aria-labelledby="registration-heading">
          <Title order={2} size="h3" id="registration-heading">
            Your registration
          </Title>
          <RegisterPanel
            key={c.myRegistration?.status ?? 'none'}
            conveningId={c.id}
            registration={c.myRegistration ?? null}
            open={c.registrationOpen}
            deadline={deadline}
          />
        </Stack>
      )}
      <Stack gap="sm" component="section" aria-labelledby="agenda-heading">
        <Title order={2} size="h3" id="agenda-heading">
          Agenda
        </Title>
        <Agenda convening={c} onEdit={(session) => setSessionForm({ session })} />
      </Stack>
      {c.viewerIsCoordinator && c.status === 'PUBLISHED' && (
        <>
          <Divider />
          <RegistrationDashboard conveningId={c.id} sessions={c.sessions} />
        </>
      )}
      {c.viewerIsCoordinator && (
        <>
          <ConveningFormModal opened={editing} onClose={() => setEditing(false)} convening={c} />
          <SessionFormModal
            opened={!!sessionForm}
            onClose={() => setSessionForm(null)}
            convening={c}
            session={sessionForm?.session}
          />
        </>
      )}
    </Stack>
  );
}
