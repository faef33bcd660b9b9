import { useState } from 'react';
import { Alert, Button, Card, Collapse, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import '@mantine/core/styles/Radio.css';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { REVIEW_LIMITS } from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import type { ReceivedReviewFieldsFragment } from '../../gql/graphql';
import { toApiError, type ApiError } from '../../lib/errors';
import type { ExchangeData } from './ExchangePage';
import { FlagReviewMutation, RateReviewMutation } from './operations';
import { formatWhen } from '../../lib/format';
import { useViewerTimeZone } from '../network/context';
import { useT } from '../../lib/i18n';
import { ReviewText, reviewerName, scoreLabel } from './ReviewText';

const L = REVIEW_LIMITS;

/** "Feedback on your essay": the reviews a student received once released, to rate and, if needed, report. */
export function MyFeedback({ exchange }: { exchange: ExchangeData }) {
  const timeZone = useViewerTimeZone();
  const t = useT('exchanges');
  const feedback = exchange.myFeedback;
  const submitted = exchange.mySubmission?.status === 'SUBMITTED';
  return (
    <Stack gap="sm" component="section" aria-labelledby="feedback-heading">
      <Text id="feedback-heading" component="h2" fw={600} size="lg" m={0}>
        {t('feedback.heading')}
      </Text>
      {feedback === null ? (
        <Text size="sm" c="dimmed">
          {t(submitted ? 'feedback.comesOn' : 'feedback.releasedOn', {
            when: formatWhen(exchange.feedbackReleaseAt, timeZone),
          })}
        </Text>
      ) : feedback.length === 0 ? (
        <Text size="sm" c="dimmed">
          {submitted ? t('feedback.noneCameIn') : t('feedback.noEssay')}
        </Text>
      ) : (
        <Stack gap="md">
          {feedback.map((r) => (
            <ReceivedCard key={r.id} review={r} closed={!r.canRespond} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function ReceivedCard({ review, closed }: { review: ReceivedReviewFieldsFragment; closed: boolean }) {
  const t = useT('exchanges');
  const headingId = `received-${review.id}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm">
        <Text id={headingId} component="h3" fw={600} m={0}>
          {t('feedback.reviewBy', { reviewer: reviewerName(review.reviewerLabel) })}
        </Text>
        <Text size="sm" fw={600}>
          {scoreLabel(review.score, review.maxScore)}
        </Text>
      </Group>
      <ReviewText review={{ criteria: review.criteria, strength: review.strength, nextStep: review.nextStep }} />
      <Stack gap="sm" mt="md">
        <RateReview review={review} closed={closed} />
        <FlagReview review={review} closed={closed} />
      </Stack>
    </Card>
  );
}

function RateReview({ review, closed }: { review: ReceivedReviewFieldsFragment; closed: boolean }) {
  const t = useT('exchanges');
  const [value, setValue] = useState<string | null>(review.helpfulness === null ? null : String(review.helpfulness));
  const [comment, setComment] = useState(review.helpfulnessComment ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [rate, { loading }] = useMutation(RateReviewMutation);
  const changed =
    value !== (review.helpfulness === null ? null : String(review.helpfulness)) ||
    comment.trim() !== (review.helpfulnessComment ?? '');

  async function save() {
    if (!value) return;
    setError(null);
    try {
      await rate({
        variables: { input: { reviewId: review.id, helpfulness: Number(value), comment: comment.trim() || null } },
      });
      notifications.show({
        color: 'green',
        title: t('feedback.ratingSavedTitle'),
        message: t('feedback.ratingSavedMessage'),
      });
    } catch (e) {
      setError(toApiError(e));
    }
  }

  return (
    <Stack gap="xs">
      <Radio.Group
        name={`helpfulness-${review.id}`}
        label={t('feedback.howHelpful', { reviewer: reviewerName(review.reviewerLabel) })}
        value={value}
        onChange={setValue}
        readOnly={closed}
        error={error?.fieldErrors.helpfulness}
      >
        <Group gap="md" mt="xs">
          {[1, 2, 3, 4, 5].map((n) => (
            <Radio key={n} value={String(n)} label={t('feedback.helpfulness', { value: n })} disabled={closed} />
          ))}
        </Group>
      </Radio.Group>
      {!closed && (
        <>
          <Textarea
            label={t('feedback.commentLabel')}
            translate="no"
            autosize
            minRows={1}
            maxLength={L.helpfulnessCommentMax}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            error={error?.fieldErrors.comment}
          />
          <FormAlert error={error} title={t('feedback.ratingNotSaved')} />
          <Group>
            <Button variant="light" onClick={() => void save()} disabled={!value || !changed} loading={loading}>
              {review.helpfulness === null ? t('feedback.saveRating') : t('feedback.updateRating')}
            </Button>
            {review.helpfulness !== null && !changed && (
              <Text size="sm" c="dimmed">
                {t('feedback.youRated', { value: review.helpfulness })}
              </Text>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}

function FlagReview({ review, closed }: { review: ReceivedReviewFieldsFragment; closed: boolean }) {
  const t = useT('exchanges');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [flag, { loading }] = useMutation(FlagReviewMutation);
  const reasonId = `flag-reason-${review.id}`;

  if (review.flagOpen) {
    return (
      <Alert color="yellow" variant="light" role="status" title={t('feedback.reportedTitle')}>
        {t('feedback.reportedBody')}
      </Alert>
    );
  }
  if (closed) return null;

  async function send() {
    setError(null);
    try {
      await flag({ variables: { input: { reviewId: review.id, reason: reason.trim() } } });
      setOpen(false);
      setReason('');
    } catch (e) {
      setError(toApiError(e));
    }
  }

  return (
    <Stack gap="xs">
      <Group>
        <Button
          variant="subtle"
          color="red"
          size="compact-sm"
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          aria-controls={reasonId}
        >
          {t('feedback.report')}
        </Button>
      </Group>
      <Collapse expanded={open}>
        <Stack gap="xs" id={reasonId}>
          <Textarea
            label={t('feedback.reportLabel')}
            description={t('feedback.reportDescription')}
            translate="no"
            autosize
            minRows={2}
            maxLength={L.flagReasonMax}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={error?.fieldErrors.reason}
            data-autofocus
          />
          <FormAlert error={error} title={t('feedback.reportNotSent')} />
          <Group>
            <Button color="red" variant="light" onClick={() => void send()} loading={loading}>
              {t('feedback.sendReport')}
            </Button>
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('feedback.cancel')}
            </Button>
          </Group>
        </Stack>
      </Collapse>
    </Stack>
  );
}
