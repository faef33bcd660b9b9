import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { RegistrationStatus } from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import { useNetwork } from '../network/context';
import { ConveningFormModal } from './ConveningFormModal';
import { REGISTRATION_LABELS, SEASON_LABELS } from './labels';
import { ConveningsQuery } from './operations';
import { dayLabel, momentLabel } from './times';
import './convening-styles';

/** `/convenings`: the network's in-person convenings; coordinators plan new ones here. */
export function ConveningsPage() {
  const { network, role } = useNetwork();
  const base = `/n/${network.slug}/convenings`;
  const coordinator = role === 'COORDINATOR';
  const [creating, setCreating] = useState(false);
  const { data, loading, error, refetch } = useQuery(ConveningsQuery, {
    variables: { networkId: network.id },
    fetchPolicy: 'cache-and-network',
  });
  const convenings = data?.convenings ?? [];

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <PageTitle>Convenings</PageTitle>
        {coordinator && <Button onClick={() => setCreating(true)}>New convening</Button>}
      </Group>
      <Text size="sm" c="dimmed">
        The network’s in-person gatherings: register, pick your sessions, and keep working together afterwards.
      </Text>
      {!data && loading ? (
        <PageLoader label="Loading convenings…" />
      ) : !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : convenings.length === 0 ? (
        <Text c="dimmed">
          {coordinator ? 'No convenings yet: plan the first one.' : 'No convenings have been announced yet.'}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }} aria-label="Convenings">
          {convenings.map((c) => (
            <Card component="li" withBorder key={c.id} padding="md">
              <Stack gap={4}>
                <Group gap="xs">
                  <Anchor component={Link} to={`${base}/${c.id}`} fw={600}>
                    {c.title}
                  </Anchor>
                  <Badge variant="light">{SEASON_LABELS[c.season] ?? c.season}</Badge>
                  {c.status === 'DRAFT' && (
                    <Badge color="gray" variant="outline">
                      Draft
                    </Badge>
                  )}
                  {c.myRegistration && (
                    <Badge color="teal" variant="light">
                      {REGISTRATION_LABELS[c.myRegistration.status as RegistrationStatus]}
                    </Badge>
                  )}
                </Group>
                <Text size="sm">
                  {dayLabel(c.startsAt, c.timeZone)} – {dayLabel(c.endsAt, c.timeZone)} · {c.venue}
                </Text>
                <Text size="sm" c="dimmed">
                  {c.registrationOpen
                    ? `Register by ${momentLabel(c.registrationDeadline, c.timeZone)}`
                    : c.status === 'DRAFT'
                      ? 'Not published yet: only coordinators see it.'
                      : 'Registration is closed.'}
                </Text>
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
      {coordinator && <ConveningFormModal opened={creating} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
