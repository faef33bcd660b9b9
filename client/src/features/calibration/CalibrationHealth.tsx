import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { NetworkHealthQuery } from '../../gql/graphql';
import { ScrollTable } from '../../components/ScrollTable';
import { formatDate } from '../../lib/format';
import { alphaText } from './agreement';
import { AgreementCells } from './AgreementTableParts';

type History = NetworkHealthQuery['networkHealth']['calibration'];

const W = 280;
const H = 120;
const PAD = 24;

/** y of an alpha (−1..1 clamped to −0.2..1, where it matters) in the chart. */
function yOf(alpha: number): number {
  const clamped = Math.max(-0.2, Math.min(1, alpha));
  return PAD / 2 + ((1 - clamped) / 1.2) * (H - PAD);
}

/** One rubric's alpha per revealed round, oldest first: a small line of dots, 0.8 (reliable) marked. */
function AlphaLine({ rubric }: { rubric: History[number] }) {
  const points = rubric.rounds.map((r, i) => ({
    r,
    x: rubric.rounds.length === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (rubric.rounds.length - 1),
  }));
  const plotted = points.filter((p) => p.r.alpha != null);
  const summary =
    `${rubric.rubricTitle}, Krippendorff's alpha per round, oldest first: ` +
    rubric.rounds.map((r) => `${r.roundTitle} (${r.groupName}) ${alphaText(r.alpha)}`).join('; ') +
    '.';
  return (
    <Card withBorder padding="sm">
      <Stack component="figure" gap={4} m={0} role="img" aria-label={summary}>
        <Text fw={600} size="sm" aria-hidden="true">
          {rubric.rubricTitle}
        </Text>
        <svg viewBox={`0 0 ${W} ${H}`} width="100%" style={{ maxWidth: W }} aria-hidden="true">
          <line x1={0} x2={W} y1={yOf(0.8)} y2={yOf(0.8)} stroke="var(--mantine-color-teal-7)" strokeDasharray="4 3" />
          <text x={2} y={yOf(0.8) - 3} fontSize={10} fill="var(--mantine-color-teal-9)">
            0.8 reliable
          </text>
          <line x1={0} x2={W} y1={yOf(0)} y2={yOf(0)} stroke="var(--mantine-color-gray-5)" />
          <text x={2} y={yOf(0) - 3} fontSize={10} fill="var(--mantine-color-gray-8)">
            0 chance
          </text>
          {plotted.length > 1 && (
            <polyline
              fill="none"
              stroke="var(--mantine-color-blue-7)"
              strokeWidth={2}
              points={plotted.map((p) => `${p.x},${yOf(p.r.alpha!)}`).join(' ')}
            />
          )}
          {plotted.map((p) => (
            <circle
              key={`${p.r.roundTitle}-${p.r.revealedAt}`}
              cx={p.x}
              cy={yOf(p.r.alpha!)}
              r={5}
              fill="var(--mantine-color-blue-7)"
            />
          ))}
        </svg>
        <Text component="figcaption" size="xs" c="dimmed" aria-hidden="true">
          Alpha per round, oldest first. The table below has the same numbers.
        </Text>
      </Stack>
    </Card>
  );
}

/** Network health: how far teachers agree on each rubric, round after round. */
export function CalibrationHealth({ history }: { history: History }) {
  const rubrics = history.filter((r) => r.rounds.length > 0);
  return (
    <Stack component="section" aria-labelledby="health-calibration" gap="sm">
      <Title order={2} size="h3" id="health-calibration">
        Calibration
      </Title>
      {rubrics.length === 0 ? (
        <Text>No calibration round has been revealed yet.</Text>
      ) : (
        <>
          <Text size="sm">
            Agreement of the teachers who scored the same essays, per rubric and round, every round revealed up to the
            end of the period. Krippendorff&rsquo;s alpha of 0.8 or more is reliable agreement.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {rubrics.map((r) => (
              <AlphaLine key={r.rubricTitle} rubric={r} />
            ))}
          </SimpleGrid>
          <ScrollTable label="Calibration agreement per rubric and round" minWidth={640}>
            <Table withTableBorder verticalSpacing="xs">
              <Table.Caption>Agreement per rubric and revealed round, oldest first.</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Rubric</Table.Th>
                  <Table.Th scope="col">Round</Table.Th>
                  <Table.Th scope="col">Group</Table.Th>
                  <Table.Th scope="col">Revealed</Table.Th>
                  <Table.Th scope="col">Teachers</Table.Th>
                  <Table.Th scope="col">Alpha</Table.Th>
                  <Table.Th scope="col">Exact</Table.Th>
                  <Table.Th scope="col">Adjacent</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rubrics.flatMap((rubric) =>
                  rubric.rounds.map((r, i) => (
                    <Table.Tr key={`${rubric.rubricTitle}-${i}`}>
                      <Table.Td>{rubric.rubricTitle}</Table.Td>
                      <Table.Td>{r.roundTitle}</Table.Td>
                      <Table.Td>{r.groupName}</Table.Td>
                      <Table.Td>{formatDate(r.revealedAt)}</Table.Td>
                      <Table.Td>{r.raters}</Table.Td>
                      <AgreementCells alpha={r.alpha} exact={r.exact} adjacent={r.adjacent} />
                    </Table.Tr>
                  )),
                )}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </>
      )}
    </Stack>
  );
}
