import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ReceivedReviewFieldsFragment } from '../../gql/graphql';
import { t, useT } from '../../lib/i18n';

const round = (x: number) => Math.round(x * 10) / 10;

/** "7.5 of 10 points" / "7,5 de 10 puntos". */
export function scoreLabel(score: number | null, max: number): string {
  if (score === null) return t('exchanges', 'reviewText.noScore');
  return t('exchanges', 'reviewText.score', { score: round(score), max: round(max) });
}

/**
 * A reviewer as their author sees them: a pseudonym as it is, and the server's "Reviewer 2" (an
 * anonymous reviewer, `anonymousReviewerLabel` in shared/src/reviews.ts) in the reader's language.
 */
export function reviewerName(label: string): string {
  const anonymous = /^Reviewer (\d+)$/.exec(label);
  return anonymous ? t('exchanges', 'reviewText.anonymousReviewer', { n: Number(anonymous[1]) }) : label;
}

type ReviewContent = Pick<ReceivedReviewFieldsFragment, 'criteria' | 'strength' | 'nextStep'> &
  Partial<Pick<ReceivedReviewFieldsFragment, 'score' | 'maxScore'>>;

/** A sent review as its author (or a teacher) reads it: level and comment per criterion, strength, next step. */
export function ReviewText({ review }: { review: ReviewContent }) {
  const t = useT('exchanges');
  return (
    <Stack gap="sm">
      <Stack gap="xs" component="dl" m={0}>
        {review.criteria.map((c) => (
          <div key={c.criterionId}>
            <Group gap="xs" component="dt">
              <Text fw={600} size="sm" translate="no">
                {c.title}
              </Text>
              <Badge variant="light" color={c.points === null ? 'gray' : 'blue'}>
                {c.levelLabel && c.points !== null
                  ? t('reviewText.level', { label: c.levelLabel, points: c.points })
                  : t('reviewText.noLevel')}
              </Badge>
            </Group>
            <Text component="dd" m={0} size="sm" style={{ whiteSpace: 'pre-wrap' }} translate="no">
              {c.comment || '—'}
            </Text>
          </div>
        ))}
      </Stack>
      <div>
        <Text fw={600} size="sm">
          {t('reviewText.strength')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} translate="no">
          {review.strength || '—'}
        </Text>
      </div>
      <div>
        <Text fw={600} size="sm">
          {t('reviewText.nextStep')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} translate="no">
          {review.nextStep || '—'}
        </Text>
      </div>
      {review.maxScore !== undefined && (
        <Text size="sm" fw={600}>
          {t('reviewText.scoreLine', { score: scoreLabel(review.score ?? null, review.maxScore) })}
        </Text>
      )}
    </Stack>
  );
}
