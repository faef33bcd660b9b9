import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ReceivedReviewFieldsFragment } from '../../gql/graphql';
import { plural } from '../../lib/format';

/** "7.5 of 10 points". */
export function scoreLabel(score: number | null, max: number): string {
  if (score === null) return 'No score';
  const round = (x: number) => Math.round(x * 10) / 10;
  return `${round(score)} of ${plural(round(max), 'point')}`;
}

type ReviewContent = Pick<ReceivedReviewFieldsFragment, 'criteria' | 'strength' | 'nextStep'> &
  Partial<Pick<ReceivedReviewFieldsFragment, 'score' | 'maxScore'>>;

/** A sent review as its author (or a teacher) reads it: level and comment per criterion, strength, next step. */
export function ReviewText({ review }: { review: ReviewContent }) {
  return (
    <Stack gap="sm">
      <Stack gap="xs" component="dl" m={0}>
        {review.criteria.map((c) => (
          <div key={c.criterionId}>
            <Group gap="xs" component="dt">
              <Text fw={600} size="sm">
                {c.title}
              </Text>
              <Badge variant="light" color={c.points === null ? 'gray' : 'blue'}>
                {c.levelLabel && c.points !== null ? `${c.levelLabel} · ${plural(c.points, 'point')}` : 'No level'}
              </Badge>
            </Group>
            <Text component="dd" m={0} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {c.comment || '—'}
            </Text>
          </div>
        ))}
      </Stack>
      <div>
        <Text fw={600} size="sm">
          One strength
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {review.strength || '—'}
        </Text>
      </div>
      <div>
        <Text fw={600} size="sm">
          One next step
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {review.nextStep || '—'}
        </Text>
      </div>
      {review.maxScore !== undefined && (
        <Text size="sm" fw={600}>
          Score: {scoreLabel(review.score ?? null, review.maxScore)}
        </Text>
      )}
    </Stack>
  );
}
