import { Badge, Card, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import { plural } from '../../lib/format';
import { useNetwork } from '../network/context';
import { MentorshipsQuery } from './operations';
import { PairTeachers } from './PairTeachers';
import { lastMet, pairTitle, withSchool } from './pair-names';

/**
 * Mentoring: coordinators see every pair of the network with the dates they met (never what they
 * said) and pair teachers; teachers see their own pairs.
 */
export function MentoringPage() {
  const { network, viewer, role } = useNetwork();
  const coordinator = role === 'COORDINATOR';
  const { data, loading, error, refetch } = useQuery(MentorshipsQuery, {
    variables: { networkId: network.id },
    fetchPolicy: 'cache-and-network',
  });
  const pairs = data?.mentorships ?? [];
  return (
    <Stack>
      <PageTitle>Mentoring</PageTitle>
      <Text>
        {coordinator
          ? 'Pair a newer teacher with an experienced job-alike in another school. What a pair writes stays between the two of them: you see only when they met.'
          : 'Your mentoring pairs: shared goals, your meetings and next steps. Only the two of you read them.'}
      </Text>
      {coordinator && <PairTeachers />}
      {loading && !data ? (
        <PageLoader label="Loading mentoring pairs…" />
      ) : !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : pairs.length === 0 ? (
        <Card withBorder radius="md" padding="md">
          <Text fw={600}>No mentoring pairs yet</Text>
          <Text size="sm">
            {coordinator
              ? 'Choose a newer teacher above to see suggested mentors.'
              : 'Your network coordinator pairs teachers for mentoring; you will get a notification.'}
          </Text>
        </Card>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Mentoring pairs">
          {pairs.map((p) => (
            <li key={p.id}>
              <UnstyledButton
                component={Link}
                to={`/n/${network.slug}/mentoring/${p.id}`}
                w="100%"
                p="sm"
                mih={44}
                style={{
                  border: '1px solid var(--mantine-color-gray-3)',
                  borderRadius: 'var(--mantine-radius-md)',
                  display: 'block',
                }}
              >
                <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Text fw={600} className="break-anywhere">
                      {pairTitle(p, viewer.id)}
                    </Text>
                    <Text size="xs" c="dimmed" className="break-anywhere">
                      Mentor: {withSchool(p.mentor)} · Newer teacher: {withSchool(p.mentee)}
                    </Text>
                    <Text size="sm">
                      {lastMet(p.lastMeetingOn)}
                      {p.meetingDates.length > 0 && ` · ${plural(p.meetingDates.length, 'meeting')}`}
                    </Text>
                  </Stack>
                  {p.status === 'ENDED' && <Badge color="gray">Ended</Badge>}
                </Group>
              </UnstyledButton>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
