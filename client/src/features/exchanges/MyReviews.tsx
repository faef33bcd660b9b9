import { Alert, Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PageLoader, QueryError } from '../../components/QueryState';
import { useNetwork } from '../network/context';
import type { ExchangeData } from './ExchangePage';
import { MyReviewAssignmentsQuery } from './operations';
import { formatWhen } from '../../lib/format';
import { useViewerTimeZone } from '../network/context';

export const REVIEW_STATUS_LABELS: Record<string, string> = {
  ASSIGNED: 'Not started',
  STARTED: 'In progress',
  SUBMITTED: 'Sent',
};
const STATUS_COLORS: Record<string, string> = { ASSIGNED: 'gray', STARTED: 'yellow', SUBMITTED: 'green' };

/** The essays a student was asked to review in an exchange, with what is left to do. */
export function MyReviews({ exchange }: { exchange: ExchangeData }) {
  const timeZone = useViewerTimeZone();
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
          Essays to review
        </Text>
        {list.length > 0 && (
          <Text size="sm" c="dimmed">
            {sent} of {list.length} sent · due {formatWhen(exchange.reviewDueAt, timeZone)}
          </Text>
        )}
      </Group>
      {!data && loading ? (
        <PageLoader label="Loading your reviews…" />
      ) : !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {exchange.mySubmission?.status === 'SUBMITTED'
            ? 'No essays for you to review yet: they come as essays need reviewers.'
            : 'You have no essays to review: reviews go to students who submitted an essay.'}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Essays to review">
          {list.map((r, i) => (
            <Card component="li" withBorder padding="sm" key={r.id}>
              <Group justify="space-between" wrap="nowrap">
                <Stack gap={2}>
                  <Anchor component={Link} to={`/n/${network.slug}/exchanges/${exchange.id}/reviews/${r.id}`} fw={600}>
                    Review {i + 1} of {list.length} — {r.authorPseudonym}’s essay
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {r.status === 'SUBMITTED' && r.submittedAt
                      ? `Sent ${formatWhen(r.submittedAt, timeZone)}`
                      : `${r.essayWordCount} words · due ${formatWhen(r.dueAt, timeZone)}`}
                  </Text>
                </Stack>
                <Badge variant="light" color={STATUS_COLORS[r.status] ?? 'gray'}>
                  {REVIEW_STATUS_LABELS[r.status] ?? r.status}
                </Badge>
              </Group>
              {r.hidden && (
                <Alert color="gray" variant="light" mt="xs" p="xs">
                  A teacher hid this review: its writer will not see it.
                </Alert>
              )}
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
