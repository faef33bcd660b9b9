import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { PageLoader, QueryError } from '../../components/QueryState';
import { AnchorPapers, type AnchorCriterion } from './AnchorPapers';
import { AnchorPapersQuery } from './operations';

/** The "Anchor papers" section of a rubric's page: agreed essays of every version, as exemplars per level. */
export function RubricAnchorPapers({ rubricId, criteria }: { rubricId: string; criteria: readonly AnchorCriterion[] }) {
  const { data, loading, error, refetch } = useQuery(AnchorPapersQuery, {
    variables: { rubricId },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Stack component="section" aria-labelledby="anchor-papers" gap="sm">
      <Title order={2} size="h3" id="anchor-papers">
        Anchor papers
      </Title>
      <Text size="sm" c="dimmed">
        Essays teachers scored on their own and then agreed on, in a calibration round. Never a writer&rsquo;s name or
        school.
      </Text>
      {!data && loading ? (
        <PageLoader label="Loading anchor papers…" />
      ) : !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <AnchorPapers papers={data.anchorPapers} criteria={criteria} />
      )}
    </Stack>
  );
}
