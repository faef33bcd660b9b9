import { Card, SimpleGrid, Stack, Text, Table } from '@mantine/core';
import { ScrollTable } from '../../components/ScrollTable';
import { plural } from '../../lib/format';
import { essaysInOrder, levelLabel, type Cell, type Criterion, type Round } from './agreement';

function countAt(cell: Cell | undefined, points: number): number {
  return cell?.counts.find((c) => c.points === points)?.count ?? 0;
}

function cellSummary(criterion: Criterion, cell: Cell | undefined, agreed: number | undefined): string {
  if (!cell || cell.raters === 0) return `${criterion.title}: no scores.`;
  const parts = criterion.levels
    .filter((l) => countAt(cell, l.points) > 0)
    .map((l) => `${l.label} ${countAt(cell, l.points)}`);
  return (
    `${criterion.title}: ${parts.join(', ')}` +
    (cell.spread === 0 ? ', everyone agrees' : `, ${plural(cell.spread, 'level')} apart`) +
    (agreed === undefined ? '.' : `; agreed ${levelLabel(criterion, agreed)}.`)
  );
}

/**
 * The spread of scores in every essay × criterion cell: one box per level holding how many teachers
 * chose it (darker for more; outlined when agreed). Each essay's chart is named by a sentence with
 * every number, and the table after it holds the same numbers.
 */
export function SpreadChart({ round }: { round: Round }) {
  const cells = round.agreement?.cells ?? [];
  const cellOf = (essayId: string, criterionId: string) =>
    cells.find((c) => c.essayId === essayId && c.criterionId === criterionId);
  const essays = essaysInOrder(round.essays);
  const criteria = round.rubric.criteria;

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {essays.map((essay) => {
          const agreedAt = (criterionId: string) => essay.agreed.find((a) => a.criterionId === criterionId)?.points;
          const summary =
            `Essay ${essay.position} spread of scores. ` +
            criteria.map((c) => cellSummary(c, cellOf(essay.id, c.id), agreedAt(c.id))).join(' ');
          return (
            <Card withBorder padding="sm" key={essay.id}>
              <Stack component="figure" gap="xs" m={0} role="img" aria-label={summary}>
                <Text fw={600} aria-hidden="true">
                  Essay {essay.position}
                </Text>
                {criteria.map((c) => {
                  const cell = cellOf(essay.id, c.id);
                  const raters = cell?.raters ?? 0;
                  return (
                    <Stack gap={2} key={c.id} aria-hidden="true">
                      <Text size="sm">{c.title}</Text>
                      <div className="calibration-spread">
                        {c.levels.map((l) => {
                          const n = countAt(cell, l.points);
                          return (
                            <span
                              key={l.points}
                              className="calibration-spread__level"
                              data-count={n}
                              data-share={n === 0 ? undefined : n * 2 > raters ? 'most' : 'some'}
                              data-agreed={agreedAt(c.id) === l.points || undefined}
                              title={`${l.label}: ${plural(n, 'teacher')}`}
                            >
                              {n}
                            </span>
                          );
                        })}
                      </div>
                    </Stack>
                  );
                })}
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        Each box is a level, lowest first, with how many teachers chose it; darker when most did, outlined when agreed.
        The table below has the same numbers.
      </Text>
      <ScrollTable label="Scores per essay and criterion" minWidth={480}>
        <Table withTableBorder verticalSpacing="xs">
          <Table.Caption>How many teachers chose each level, per essay and criterion.</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Essay</Table.Th>
              <Table.Th scope="col">Criterion</Table.Th>
              <Table.Th scope="col">Scores</Table.Th>
              <Table.Th scope="col">Levels apart</Table.Th>
              <Table.Th scope="col">Exact agreement</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {essays.flatMap((essay) =>
              criteria.map((c) => {
                const cell = cellOf(essay.id, c.id);
                return (
                  <Table.Tr key={`${essay.id}-${c.id}`}>
                    <Table.Td>Essay {essay.position}</Table.Td>
                    <Table.Td>{c.title}</Table.Td>
                    <Table.Td>
                      {c.levels
                        .filter((l) => countAt(cell, l.points) > 0)
                        .map((l) => `${l.label} ×${countAt(cell, l.points)}`)
                        .join(', ') || 'none'}
                    </Table.Td>
                    <Table.Td>{cell ? cell.spread : '—'}</Table.Td>
                    <Table.Td>{cell?.exact == null ? '—' : `${Math.round(cell.exact * 100)}%`}</Table.Td>
                  </Table.Tr>
                );
              }),
            )}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
