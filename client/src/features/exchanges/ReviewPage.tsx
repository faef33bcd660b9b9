import { useEffect, useRef, useState } from 'react';
import { Accordion, Alert, Anchor, Badge, Card, Group, ScrollArea, SimpleGrid, Stack, Text } from '@mantine/core';
import '@mantine/core/styles/Accordion.css';
import '../../components/lazy-styles';
import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import { CALIBRATE_FIRST } from '@switchback/shared';
import { errorMessage } from '../../lib/errors';
import { useNetwork } from '../network/context';
import { RubricCards } from '../rubrics/RubricCards';
import { ExchangeQuery, MyReviewAssignmentsQuery, StartReviewMutation } from './operations';
import { formatWhen } from '../../lib/format';
import { useViewerTimeZone } from '../network/context';
import { ReviewForm } from './ReviewForm';
import { AnchorExamples } from './calibration/AnchorExamples';
import { ReviewText } from './ReviewText';
import { ExampleReviews } from '../endorsements/ExampleReviews';
import { useT } from '../../lib/i18n';
import './review-page.css';

/** `/exchanges/:exchangeId/reviews/:reviewId`: a student reads an essay and reviews it with the rubric. */
export function ReviewPage() {
  const { exchangeId = '', reviewId = '' } = useParams();
  const { network } = useNetwork();
  const timeZone = useViewerTimeZone();
  const t = useT('exchanges');
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
    start({ variables: { reviewId: review.id } }).catch((error: unknown) =>
      // Told by the server's own words, whatever language the message is shown in.
      setStartProblem(
        CombinedGraphQLErrors.is(error) && error.errors[0]?.message === CALIBRATE_FIRST
          ? CALIBRATE_FIRST
          : errorMessage(error),
      ),
    );
  }, [review?.id, review?.status, review?.editable, start]);

  if ((!exchange.data && exchange.loading) || (!reviews.data && reviews.loading)) {
    return <PageLoader label={t('reviewPage.loading')} />;
  }
  if (!exchange.data) return <QueryError error={exchange.error} onRetry={() => void exchange.refetch()} />;
  if (!reviews.data) return <QueryError error={reviews.error} onRetry={() => void reviews.refetch()} />;
  const ex = exchange.data.exchange;
  const backLink = (
    <Anchor component={Link} to={back} size="sm">
      ← <span translate="no">{ex.title}</span>
    </Anchor>
  );
  if (!review) {
    return (
      <Stack gap="lg">
        {backLink}
        <PageTitle>{t('reviewPage.notFoundTitle')}</PageTitle>
        <Text>{t('reviewPage.notFoundBody')}</Text>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      {backLink}
      <Group justify="space-between" align="flex-end">
        <PageTitle documentTitle={t('reviewPage.documentTitle', { n: index + 1, total: list.length })}>
          {t('reviewPage.title', { n: index + 1, total: list.length, pseudonym: review.authorPseudonym })}
        </PageTitle>
        <Badge variant="light" size="lg">
          {t('reviewStatus', { status: review.status })}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t('reviewPage.dueBeKind', { when: formatWhen(review.dueAt, timeZone) })}
      </Text>
      {startProblem === CALIBRATE_FIRST ? (
        <Alert color="blue" variant="light" role="alert" title={t('reviewPage.practiseFirst')}>
          {t('reviewPage.calibrateFirst')}{' '}
          <Anchor component={Link} to={back}>
            {t('reviewPage.scoreExamples')}
          </Anchor>
        </Alert>
      ) : (
        startProblem && (
          <Alert color="red" variant="light" role="alert">
            {startProblem}
          </Alert>
        )
      )}
      <Accordion variant="contained" defaultValue="rubric" order={2}>
        <Accordion.Item value="rubric">
          <Accordion.Control>
            <Text component="span" fw={600}>
              {t('reviewPage.rubric')} <span translate="no">{ex.rubric.title}</span>
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            {ex.rubric.description && (
              <Text size="sm" mb="sm" className="break-word" translate="no">
                {ex.rubric.description}
              </Text>
            )}
            <RubricCards criteria={ex.rubric.criteria} />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
      <ExampleReviews exchangeId={exchangeId} open={!list.some((r) => r.status === 'SUBMITTED')} />
      <AnchorExamples exchangeId={ex.id} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <div style={{ minWidth: 0 }} className="review-essay-column">
          <Card withBorder padding="md" component="section" aria-labelledby="essay-heading">
            <Text id="essay-heading" component="h2" fw={600} size="lg" m={0} mb="xs">
              {t('reviewPage.essayHeading', { pseudonym: review.authorPseudonym, words: review.essayWordCount })}
            </Text>
            <ScrollArea.Autosize mah="calc(100vh - 10rem)" type="auto">
              <Text
                style={{ whiteSpace: 'pre-wrap' }}
                className="break-word"
                data-testid="essay-to-review"
                translate="no"
              >
                {review.essay}
              </Text>
            </ScrollArea.Autosize>
          </Card>
        </div>
        <div style={{ minWidth: 0 }}>
          {!review.editable && review.status !== 'SUBMITTED' ? (
            <Stack gap="md">
              <Alert color="gray" variant="light" title={t('reviewPage.closedTitle')}>
                {t('reviewPage.closedBody')}
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
