import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { rubricMaxScore, type RubricCriterionInput } from '@switchback/shared';
import { plural } from '../../lib/format';
import { ScrollTable } from '../../components/ScrollTable';

interface PreviewProps {
  title: string;
  description?: string;
  criteria: readonly Pick<RubricCriterionInput, 'title' | 'description' | 'weight' | 'levels'>[];
}

/** A rubric as students will see it: one row per criterion, its levels across, with their descriptors. */
export function RubricPreview({ title, description, criteria }: PreviewProps) {
  const columns = Math.max(0, ...criteria.map((c) => c.levels.length));
  const max = rubricMaxScore(criteria.map((c) => ({ weight: Number(c.weight) || 0, levels: c.levels })));
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {title.trim() || 'Untitled rubric'}
      </Title>
      {description?.trim() && <Text size="sm">{description}</Text>}
      {criteria.length === 0 ? (
        <Text c="dimmed" size="sm">
          Add a criterion to see the rubric.
        </Text>
      ) : (
        <ScrollTable label="Rubric as students see it" minWidth={560}>
          <Table withTableBorder withColumnBorders verticalSpacing="sm">
            <Table.Caption>
              Scores are weighted: the most a piece of work can earn is {plural(max, 'point')}.
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Criterion</Table.Th>
                {Array.from({ length: columns }, (_, i) => (
                  <Table.Th scope="col" key={i}>
                    Level {i + 1}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {criteria.map((c, i) => (
                <Table.Tr key={i}>
                  <Table.Th scope="row" style={{ verticalAlign: 'top' }}>
                    <Text fw={600}>{c.title.trim() || `Criterion ${i + 1}`}</Text>
                    {c.description?.trim() && (
                      <Text size="sm" fw={400}>
                        {c.description}
                      </Text>
                    )}
                    {Number(c.weight) > 1 && (
                      <Badge variant="light" mt={4}>
                        Counts ×{c.weight}
                      </Badge>
                    )}
                  </Table.Th>
                  {Array.from({ length: columns }, (_, j) => {
                    const level = c.levels[j];
                    return (
                      <Table.Td key={j} style={{ verticalAlign: 'top' }}>
                        {level && (
                          <>
                            <Text fw={600} size="sm">
                              {level.label.trim() || `Level ${j + 1}`} · {plural(Number(level.points) || 0, 'point')}
                            </Text>
                            <Text size="sm">{level.descriptor}</Text>
                          </>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
