import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import { useNetwork } from '../network/context';
import { MyExchangesQuery } from './operations';
import { formatWhen } from '../../lib/format';
import { useViewerTimeZone } from '../network/context';
import { useT } from '../../lib/i18n';
import { studentDue } from './phases';

/** Peer-feedback exchanges: teachers see the ones they run or join, students what is due. */
export function ExchangesPage() {
  const { network, role } = useNetwork();
  const timeZone = useViewerTimeZone();
  const t = useT('exchanges');
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
        <PageTitle>{student ? t('list.titleStudent') : t('list.titleTeacher')}</PageTitle>
        {!student && (
          <Button component={Link} to={`${base}/new`}>
            {t('list.newExchange')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {student ? t('list.introStudent') : t('list.introTeacher')}
      </Text>
      {!data && loading ? (
        <PageLoader label={t('list.loading')} />
      ) : !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : exchanges.length === 0 ? (
        <Text c="dimmed">{student ? t('list.emptyStudent') : t('list.emptyTeacher')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }} aria-label={t('list.listLabel')}>
          {exchanges.map((e) => (
            <Card component="li" withBorder key={e.id} padding="md">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Stack gap={4}>
                  <Anchor component={Link} to={`${base}/${e.id}`} fw={600} translate="no">
                    {e.title}
                  </Anchor>
                  <Text size="sm">
                    {student
                      ? studentDue(e, t, timeZone)
                      : e.viewerRole === 'OWNER'
                        ? t('list.teacherLineMine', { when: formatWhen(e.submissionDueAt, timeZone) })
                        : t('list.teacherLine', {
                            when: formatWhen(e.submissionDueAt, timeZone),
                            owner: e.owner.displayName,
                          })}
                  </Text>
                  {!student && e.viewerCanAddClasses && e.viewerRole !== 'OWNER' && (
                    <Text size="sm" c="blue">
                      {t('list.invited')}
                    </Text>
                  )}
                </Stack>
                <Badge variant="light">{t('phase', { phase: e.phase })}</Badge>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
