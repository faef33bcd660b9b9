import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import { useNetwork } from '../network/context';
import { MyExchangesQuery } from './operations';
import { formatWhen } from '../../lib/format';
import { useViewerTimeZone } from '../network/context';
import { PHASE_LABELS, studentDue } from './phases';

/** Peer-feedback exchanges: teachers see the ones they run or join, students what is due. */
export function ExchangesPage() {
  const { network, role } = useNetwork();
  const timeZone = useViewerTimeZone();
  const base = `/n/${network.slug}/exchanges`;
  const student = role === 'STUDENT';
  const { data, loading, error, refetch } = useQuery(MyExchangesQuery, {
    variables: { networkId: network.id },
    fetchPolicy: 'cache-and-network',
  });
  const exchanges = data?.myExchanges ?? [];

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <PageTitle>{student ? 'My exchanges' : 'Peer-feedback exchanges'}</PageTitle>
        {!student && (
          <Button component={Link} to={`${base}/new`}>
            New exchange
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {student
          ? 'Write an essay and get feedback from students at other schools. They see you only by a made-up name.'
          : 'Students write essays and give each other feedback across schools, with a shared rubric. Across schools students see each other only by pseudonyms.'}
      </Text>
      {!data && loading ? (
        <PageLoader label="Loading exchanges…" />
      ) : !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : exchanges.length === 0 ? (
        <Text c="dimmed">
          {student
            ? 'You are not in any exchange yet. Your teacher will add your class.'
            : 'No exchanges yet: start one, or wait for a colleague’s invitation.'}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }} aria-label="Exchanges">
          {exchanges.map((e) => (
            <Card component="li" withBorder key={e.id} padding="md">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Stack gap={4}>
                  <Anchor component={Link} to={`${base}/${e.id}`} fw={600}>
                    {e.title}
                  </Anchor>
                  <Text size="sm">
                    {student
                      ? studentDue(e, timeZone)
                      : `Essays due ${formatWhen(e.submissionDueAt, timeZone)} · run by ${e.viewerRole === 'OWNER' ? 'you' : e.owner.displayName}`}
                  </Text>
                  {!student && e.viewerCanAddClasses && e.viewerRole !== 'OWNER' && (
                    <Text size="sm" c="blue">
                      You are invited: add your class.
                    </Text>
                  )}
                </Stack>
                <Badge variant="light">{PHASE_LABELS[e.phase] ?? e.phase}</Badge>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
