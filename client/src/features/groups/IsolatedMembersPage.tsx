import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { INACTIVE_GROUP_DAYS } from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import type { IsolatedMembersQuery as IsolatedData } from '../../gql/graphql';
import { formatDate, gradesSummary, plural, roleLabel } from '../../lib/format';
import { useNetwork } from '../network/context';
import { SendMessageButton } from '../conversations/SendMessageButton';
import { IsolatedMembersQuery } from './operations';
import '../../components/lazy-styles';

type Isolated = IsolatedData['isolatedMembers'][number];

function reasonLabel(i: Isolated): string {
  if (i.reason === 'INACTIVE_GROUPS' && i.lastGroupActivityAt)
    return `Groups quiet since ${formatDate(i.lastGroupActivityAt)}`;
  if (i.reason === 'INACTIVE_GROUPS') return 'Groups quiet';
  return 'In no group';
}

/** Coordinators: teachers and principals in no group, or whose groups have gone quiet, by school. */
export function IsolatedMembersPage() {
  const { network } = useNetwork();
  const base = `/n/${network.slug}`;
  const { data, loading, error, refetch } = useQuery(IsolatedMembersQuery, {
    variables: { networkId: network.id },
    fetchPolicy: 'cache-and-network',
  });
  const list = data?.isolatedMembers;

  const bySchool = new Map<string, { name: string; people: Isolated[] }>();
  for (const i of list ?? []) {
    const key = i.member.school?.id ?? '';
    const entry = bySchool.get(key) ?? { name: i.member.school?.name ?? 'No school', people: [] };
    entry.people.push(i);
    bySchool.set(key, entry);
  }
  const schools = [...bySchool.entries()].sort(([a, x], [b, y]) =>
    a === '' ? 1 : b === '' ? -1 : x.name.localeCompare(y.name),
  );

  return (
    <Stack gap="lg">
      <PageTitle>Isolated members</PageTitle>
      <Text size="sm" c="dimmed">
        Teachers and principals who are in no group, or whose groups have been quiet for {INACTIVE_GROUP_DAYS} days.
        They are the people most likely to be the only one of their kind in their school: help them find a group.
      </Text>
      {!list && loading ? (
        <PageLoader label="Loading isolated members…" />
      ) : !list ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : list.length === 0 ? (
        <Text>Everyone is in an active group. Nice work.</Text>
      ) : (
        <>
          <Text role="status">
            {plural(list.length, 'person', 'people')} in {plural(schools.length, 'school')} need
            {list.length === 1 ? 's' : ''} a group.
          </Text>
          {schools.map(([key, school]) => (
            <Stack key={key || 'none'} component="section" aria-labelledby={`school-${key || 'none'}`} gap="sm">
              <Title order={2} size="h3" id={`school-${key || 'none'}`}>
                {school.name}
              </Title>
              <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
                {school.people.map((i) => {
                  const m = i.member;
                  const subject = m.subjects[0];
                  return (
                    <Card component="li" key={m.id} withBorder radius="md" padding="sm">
                      <Group justify="space-between" gap="sm" align="flex-start">
                        <Stack gap={2} style={{ minWidth: 0 }}>
                          <Group gap={6}>
                            <Text fw={700}>{m.user.displayName}</Text>
                            <Badge
                              size="sm"
                              variant="light"
                              color={i.reason === 'NO_GROUP' ? 'red' : 'yellow'}
                              tt="none"
                            >
                              {reasonLabel(i)}
                            </Badge>
                          </Group>
                          <Text size="sm">
                            {roleLabel(m.role)}
                            {m.subjects.length > 0 && ` · ${m.subjects.join(', ')}`}
                            {m.gradeLevels.length > 0 && ` · ${gradesSummary(m.gradeLevels)}`}
                          </Text>
                          <Group mt={4}>
                            <SendMessageButton userId={m.user.id} name={m.user.displayName} />
                          </Group>
                        </Stack>
                        {subject && (
                          <Button
                            component={Link}
                            to={`${base}/groups?subject=${encodeURIComponent(subject)}`}
                            size="xs"
                            variant="default"
                            aria-label={`Find ${subject} groups for ${m.user.displayName}`}
                          >
                            Find {subject} groups
                          </Button>
                        )}
                      </Group>
                    </Card>
                  );
                })}
              </Stack>
            </Stack>
          ))}
        </>
      )}
    </Stack>
  );
}
