import { Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import type { ExchangeResultsQuery } from '../../gql/graphql';
import { plural } from '../../lib/format';

type Criterion = ExchangeResultsQuery['exchangeResults']['criteria'][number];

const round = (x: number) => Math.round(x * 10) / 10;

/**
 * How many reviews chose each level, one bar chart per criterion. Each chart is an image named by a
 * sentence holding every number, so screen reader users get the same figures.
 */
export function ScoreDistribution({ criteria }: { criteria: readonly Criterion[] }) {
  const total = criteria[0]?.levels.reduce((sum, l) => sum + l.count, 0) ?? 0;
  if (total === 0) {
    return (
      <Text size="sm" c="dimmed">
        No reviews sent yet: the scores appear as reviews come in.
      </Text>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} data-testid="score-distribution">
      {criteria.map((c) => {
        const data = c.levels.map((l) => ({ level: `${l.label} (${l.points})`, Reviews: l.count }));
        const average =
          c.averagePoints === null ? 'no average yet' : `average ${plural(round(c.averagePoints), 'point')}`;
        const summary =
          `${c.title}: ` +
          c.levels.map((l) => `${l.label} (${plural(l.points, 'point')}) ${plural(l.count, 'review')}`).join('; ') +
          `; ${average}.`;
        return (
          <Card withBorder padding="sm" key={c.criterionId}>
            <Stack component="figure" gap={4} m={0} role="img" aria-label={summary}>
              <Text fw={600} size="sm" aria-hidden="true">
                {c.title}
              </Text>
              <BarChart
                h={200}
                data={data}
                dataKey="level"
                series={[{ name: 'Reviews', color: 'blue.7' }]}
                yAxisProps={{ allowDecimals: false }}
                tickLine="y"
              />
              <Text component="figcaption" size="xs" c="dimmed" aria-hidden="true">
                {c.averagePoints === null ? 'No average yet.' : `Average: ${plural(round(c.averagePoints), 'point')}.`}
              </Text>
            </Stack>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
