import { Anchor, Card, Spoiler, Stack, Table, Text, Title, type TitleOrder } from '@mantine/core';
import '@mantine/core/styles/Spoiler.css';
import '@mantine/core/styles/Table.css';
import { ScrollTable } from '../../components/ScrollTable';

/** An anchor paper as plain data: an agreed essay, never a name or school. */
export interface AnchorPaperData {
  essayId: string;
  roundTitle: string;
  position: number;
  body: string;
  agreed: readonly { criterionId: string; points: number; rationale: string }[];
}

/** The rubric's criteria the papers are shown against. */
export interface AnchorCriterion {
  id: string;
  title: string;
  levels: readonly { points: number; label: string }[];
}

interface AnchorPapersProps {
  papers: readonly AnchorPaperData[];
  criteria: readonly AnchorCriterion[];
  /** The heading level of the papers' titles (the section's own heading is the caller's). */
  headingOrder?: TitleOrder;
  /** Prefixes the ids the "per level" links jump to, when a page shows two lists. */
  idPrefix?: string;
}

function levelName(criterion: AnchorCriterion | undefined, points: number): string {
  const level = criterion?.levels.find((l) => l.points === points);
  return level ? `${level.label} (${points})` : `${points} points`;
}

/**
 * Anchor papers beside a rubric: which papers exemplify each level of each criterion, then every
 * paper with its agreed level and the reason per criterion. Presentational: teachers' rubric page
 * and students' exchange both pass plain data.
 */
export function AnchorPapers({ papers, criteria, headingOrder = 3, idPrefix = 'anchor' }: AnchorPapersProps) {
  if (papers.length === 0) {
    return (
      <Text size="sm">
        No anchor papers yet. When a group calibrates on this rubric and agrees every score, its essays appear here as
        examples of each level.
      </Text>
    );
  }
  const name = (i: number) => `Anchor paper ${i + 1}`;
  const paperId = (p: AnchorPaperData) => `${idPrefix}-${p.essayId}`;
  const subOrder = Math.min(6, headingOrder + 1) as TitleOrder;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={headingOrder} size="h4">
          Examples of each level
        </Title>
        <ScrollTable label="Anchor papers per criterion and level" minWidth={360}>
          <Table withTableBorder verticalSpacing="xs">
            <Table.Caption>Which anchor papers the teachers agreed are at each level.</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Criterion</Table.Th>
                <Table.Th scope="col">Level</Table.Th>
                <Table.Th scope="col">Anchor papers</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {criteria.flatMap((c) =>
                [...c.levels]
                  .sort((a, b) => b.points - a.points)
                  .map((l) => {
                    const examples = papers
                      .map((p, i) => ({ p, i }))
                      .filter(({ p }) => p.agreed.some((a) => a.criterionId === c.id && a.points === l.points));
                    return (
                      <Table.Tr key={`${c.id}-${l.points}`}>
                        <Table.Td>{c.title}</Table.Td>
                        <Table.Td>{levelName(c, l.points)}</Table.Td>
                        <Table.Td>
                          {examples.length === 0 ? (
                            <Text size="sm" c="dimmed" span>
                              none yet
                            </Text>
                          ) : (
                            examples.map(({ p, i }, k) => (
                              <span key={p.essayId}>
                                {k > 0 && ', '}
                                <Anchor href={`#${paperId(p)}`} size="sm">
                                  {name(i)}
                                </Anchor>
                              </span>
                            ))
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  }),
              )}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Stack>
      <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
        {papers.map((p, i) => (
          <Card
            component="li"
            withBorder
            padding="md"
            key={p.essayId}
            id={paperId(p)}
            aria-labelledby={`${paperId(p)}-title`}
          >
            <Stack gap="sm">
              <Title order={subOrder} size="h5" id={`${paperId(p)}-title`}>
                {name(i)}
              </Title>
              <Text size="xs" c="dimmed">
                Essay {p.position} of the calibration round “{p.roundTitle}”
              </Text>
              <Spoiler maxHeight={140} showLabel="Show the whole essay" hideLabel="Show less">
                <Text className="pre-wrap break-word">{p.body}</Text>
              </Spoiler>
              <Stack component="dl" gap="xs" m={0}>
                {criteria
                  .map((c) => ({ c, a: p.agreed.find((x) => x.criterionId === c.id) }))
                  .filter(({ a }) => a)
                  .map(({ c, a }) => (
                    <div key={c.id}>
                      <Text component="dt" size="sm" fw={600}>
                        {c.title}: {levelName(c, a!.points)}
                      </Text>
                      <Text component="dd" size="sm" m={0} className="break-word">
                        {a!.rationale}
                      </Text>
                    </div>
                  ))}
              </Stack>
            </Stack>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
