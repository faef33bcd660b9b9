import { useEffect, useRef, useState } from 'react';
import { Accordion, Alert, Anchor, Badge, Card, Group, ScrollArea, SimpleGrid, Stack, Text } from '@mantine/core';
import '@mantine/core/styles/Accordion.css';
import '../../components/lazy-styles';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import { errorMessage } from '../../lib/errors';
import { useNetwork } from '../network/context';
import { RubricCards } from '../rubrics/RubricCards';
import { REVIEW_STATUS_LABELS } from './MyReviews';
import { ExchangeQuery, MyReviewAssignmentsQuery, StartReviewMutation } from './operations';
import { formatWhen } from '../../lib/format';
import { useViewerTimeZone } from '../network/context';
import { ReviewForm } from './ReviewForm';
import { ReviewText } from './ReviewText';
import './review-page.css';

/** `/exchanges/:exchangeId/reviews/:reviewId`: a student reads an essay and reviews it with the rubric. */
export function ReviewPage() {
  const { exchangeId = '', reviewId = '' } = useParams();
  const { network } = useNetwork();
  const timeZone = useViewerTimeZone();
  const back = `/n/${network.slug}/exchanges/${exchangeId}`;
  const exchange = useQuery(ExchangeQuery, { variables: { id: exchangeId } });
  const reviews = useQuery(MyReviewAssignmentsQuery, {
    variables: { exchangeId },
    fetchPolicy: 'cache-and-network',
  });
  // Opening a review may bring this reviewer an essay still waiting for reviewers: reload the list.
  const [start] = useMutation(StartReviewMutation, { refetchQueries: ['MyReviewAssignments'] });
  const [startProblem, setStartProblem] = useState<string | null>(null);
  const started = useRef<string | null>(null);
  const list = reviews.data?.myReviewAssignments ?? [];
  const index = list.findIndex((r) => r.id === reviewId);
  const review = index >= 0 ? list[index] : undefined;

  useEffect(() => {
    if (review?.status !== 'ASSIGNED' || !review.editable || started.current === review.id) return;
    started.current = review.id;
    start({ variables: { reviewId: review.id } }).catch((error: unknown) => setStartProblem(errorMessage(error)));
  }, [review?.id, review?.status, review?.editable, start]);

  if ((!exchange.data && exchange.loading) || (!reviews.data && reviews.loading)) {
    return <PageLoader label="Loading the essay…" />;
  }
  if (!exchange.data) return <QueryError error={exchange.error} onRetry={() => void exchange.refetch()} />;
  if (!reviews.data) return <QueryError error={reviews.error} onRetry={() => void reviews.refetch()} />;
  const ex = exchange.data.exchange;
  const backLink = (
    <Anchor component={Link} to={back} size="sm">
      ← {ex.title}
    </Anchor>
  );
  if (!review) {
    return (
      <Stack gap="lg">
        {backLink}
        <PageTitle>Review not found</PageTitle>
        <Text>This review is not one of yours, or it went to another student after its due date.</Text>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      {backLink}
      <Group justify="space-between" align="flex-end">
        <PageTitle documentTitle={`Review ${index + 1} of ${list.length}`}>
          Review {index + 1} of {list.length} — {review.authorPseudonym}’s essay
        </PageTitle>
        <Badge variant="light" size="lg">
          {REVIEW_STATUS_LABELS[review.status] ?? review.status}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        Due {formatWhen(review.dueAt, timeZone)}. The writer sees you only as your pseudonym in this exchange: be kind,
        specific and helpful.
      </Text>
      {startProblem && (
        <Alert color="red" variant="light" role="alert">
          {startProblem}
        </Alert>
      )}
      <Accordion variant="contained" defaultValue="rubric" order={2}>
        <Accordion.Item value="rubric">
          <Accordion.Control>
            <Text component="span" fw={600}>
              The rubric: {ex.rubric.title}
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            {ex.rubric.description && (
              <Text size="sm" mb="sm" className="break-word">
                {ex.rubric.description}
              </Text>
            )}
            <RubricCards criteria={ex.rubric.criteria} />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <div style={{ minWidth: 0 }} className="review-essay-column">
          <Card withBorder padding="md" component="section" aria-labelledby="essay-heading">
            <Text id="essay-heading" component="h2" fw={600} size="lg" m={0} mb="xs">
              {review.authorPseudonym}’s essay ({review.essayWordCount} words)
            </Text>
            <ScrollArea.Autosize mah="calc(100vh - 10rem)" type="auto">
              <Text style={{ whiteSpace: 'pre-wrap' }} className="break-word" data-testid="essay-to-review">
                {review.essay}
              </Text>
            </ScrollArea.Autosize>
          </Card>
        </div>
        <div style={{ minWidth: 0 }}>
          {!review.editable && review.status !== 'SUBMITTED' ? (
            <Stack gap="md">
              <Alert color="gray" variant="light" title="This exchange is closed">
                This review was not sent, and it can no longer change.
              </Alert>
              <ReviewText review={review} />
            </Stack>
          ) : (
            <ReviewForm key={review.id} review={review} criteria={ex.rubric.criteria} backTo={back} />
          )}
        </div>
      </SimpleGrid>
    </Stack>
  );
}
