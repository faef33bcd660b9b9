import { Alert, Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PageLoader, QueryError } from '../../components/QueryState';
import { useNetwork } from '../network/context';
import type { ExchangeData } from './ExchangePage';
import { MyReviewAssignmentsQuery } from './operations';
import { formatWhen } from '../../lib/format';
import { useViewerTimeZone } from '../network/context';
import { useT } from '../../lib/i18n';

const STATUS_COLORS: Record<string, string> = { ASSIGNED: 'gray', STARTED: 'yellow', SUBMITTED: 'green' };

/** The essays a student was asked to review in an exchange, with what is left to do. */
export function MyReviews({ exchange }: { exchange: ExchangeData }) {
  const timeZone = useViewerTimeZone();
  const t = useT('exchanges');
  const { network } = useNetwork();
  const { data, loading, error, refetch } = useQuery(MyReviewAssignmentsQuery, {
    variables: { exchangeId: exchange.id },
    fetchPolicy: 'cache-and-network',
  });
  const list = data?.myReviewAssignments ?? [];
  const sent = list.filter((r) => r.status === 'SUBMITTED').length;

  return (
    <Stack gap="sm" component="section" aria-labelledby="reviews-heading">
      <Group justify="space-between">
        <Text id="reviews-heading" fw={600} component="h2" size="lg" m={0}>
          {t('reviews.heading')}
        </Text>
        {list.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('reviews.progress', { sent, total: list.length, when: formatWhen(exchange.reviewDueAt, timeZone) })}
          </Text>
        )}
      </Group>
      {!data && loading ? (
        <PageLoader label={t('reviews.loading')} />
      ) : !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {exchange.mySubmission?.status === 'SUBMITTED' ? t('reviews.noneYet') : t('reviews.noEssay')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('reviews.listLabel')}>
          {list.map((r, i) => (
            <Card component="li" withBorder padding="sm" key={r.id}>
              <Group justify="space-between" wrap="nowrap">
                <Stack gap={2}>
                  <Anchor component={Link} to={`/n/${network.slug}/exchanges/${exchange.id}/reviews/${r.id}`} fw={600}>
                    {t('reviews.item', { n: i + 1, total: list.length, pseudonym: r.authorPseudonym })}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {r.status === 'SUBMITTED' && r.submittedAt
                      ? t('reviews.sentAt', { when: formatWhen(r.submittedAt, timeZone) })
                      : t('reviews.wordsDue', { words: r.essayWordCount, when: formatWhen(r.dueAt, timeZone) })}
                  </Text>
                </Stack>
                <Badge variant="light" color={STATUS_COLORS[r.status] ?? 'gray'}>
                  {t('reviewStatus', { status: r.status })}
                </Badge>
              </Group>
              {r.hidden && (
                <Alert color="gray" variant="light" mt="xs" p="xs">
                  {t('reviews.hidden')}
                </Alert>
              )}
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
