import { Anchor, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { RegistrationStatus } from '@switchback/shared';
import { PageLoader, QueryError } from '../../components/QueryState';
import type { ConveningSessionFieldsFragment } from '../../gql/graphql';
import { REGISTRATION_LABELS } from './labels';
import { RegistrationSummaryQuery } from './operations';
import { ScrollTable } from '../../components/ScrollTable';

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

const needsText = (n: { travel: string; needsLodging: boolean; dietary: string; accessibility: string }) =>
  [
    n.needsLodging && 'Lodging',
    n.travel && `Travel: ${n.travel}`,
    n.dietary && `Dietary: ${n.dietary}`,
    n.accessibility && `Accessibility: ${n.accessibility}`,
  ]
    .filter(Boolean)
    .join(' · ');

/** For coordinators: who is coming from which school, what they need, and how full sessions are. */
export function RegistrationDashboard({
  conveningId,
  sessions,
}: {
  conveningId: string;
  sessions: ConveningSessionFieldsFragment[];
}) {
  const { data, loading, error, refetch } = useQuery(RegistrationSummaryQuery, {
    variables: { id: conveningId },
    fetchPolicy: 'cache-and-network',
  });
  const summary = data?.convening.registrationSummary;
  if (!data && loading) return <PageLoader label="Loading registrations…" />;
  if (!summary) return <QueryError error={error} onRetry={() => void refetch()} />;
  const { counts } = summary;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h3">
          Registrations
        </Title>
        <Anchor href={`/api/convenings/${conveningId}/registrations.csv`} download>
          Download registrations (CSV)
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Stat label="Going" value={counts.going} />
        <Stat label="Maybe" value={counts.maybe} />
        <Stat label="Not going" value={counts.notGoing} />
        <Stat label="Need lodging" value={counts.needingLodging} />
      </SimpleGrid>
      {summary.bySchool.length === 0 ? (
        <Text c="dimmed">Nobody has registered yet.</Text>
      ) : (
        summary.bySchool.map((school) => (
          <Stack key={school.schoolId ?? 'none'} gap={4} component="section" aria-label={school.schoolName}>
            <Title order={3} size="h5">
              {school.schoolName}: {school.counts.going} going, {school.counts.maybe} maybe, {school.counts.notGoing}{' '}
              not going
            </Title>
            {/*
              Stacked rows on a phone (global.css .responsive-table), so every registrant's needs show whole;
              wider, every school's table has the same fixed columns, so they line up down the page.
            */}
            <Table
              striped
              withTableBorder
              layout="fixed"
              aria-label={`Registrations from ${school.schoolName}`}
              className="responsive-table registration-table"
            >
              <colgroup>
                <col className="registration-table__name" />
                <col className="registration-table__answer" />
                <col />
              </colgroup>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Answer</Table.Th>
                  <Table.Th scope="col">Needs</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {school.registrants.map((r) => (
                  <Table.Tr key={r.user.id}>
                    <Table.Th scope="row" fw={600} className="break-word">
                      {r.user.displayName}
                    </Table.Th>
                    <Table.Td data-label="Answer">{REGISTRATION_LABELS[r.status as RegistrationStatus]}</Table.Td>
                    <Table.Td data-label="Needs" className="break-word">
                      {needsText(r.needs) || '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        ))
      )}
      <Title order={3} size="h5">
        Sessions
      </Title>
      <ScrollTable label="Seats by session" minWidth={320}>
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Session</Table.Th>
              <Table.Th scope="col">Seats taken</Table.Th>
              <Table.Th scope="col">Waitlist</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.title}</Table.Td>
                <Table.Td>
                  {s.confirmedCount}
                  {s.capacity ? ` of ${s.capacity}` : ''}
                </Table.Td>
                <Table.Td>{s.waitlistCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
