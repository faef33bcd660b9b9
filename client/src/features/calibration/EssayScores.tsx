import { Accordion, Card, Spoiler, Stack, Table, Text, Title } from '@mantine/core';
import '@mantine/core/styles/Accordion.css';
import { ScrollTable } from '../../components/ScrollTable';
import { essaysInOrder, levelLabel, type Round } from './agreement';
import { CriteriaHead } from './AgreementTableParts';

/**
 * Each essay with every teacher's scores (after the reveal only: the server sends none before). The
 * scores fold away under each essay (closed at first): on a phone the page would otherwise run to
 * thousands of pixels, and the spread chart above already sums them up.
 */
export function EssayScores({ round }: { round: Round }) {
  const criteria = round.rubric.criteria;
  return (
    <Stack gap="md">
      {essaysInOrder(round.essays).map((essay) => (
        <Card withBorder padding="md" component="article" key={essay.id} aria-labelledby={`essay-scores-${essay.id}`}>
          <Stack gap="sm">
            <Title order={3} size="h4" id={`essay-scores-${essay.id}`}>
              Essay {essay.position}
            </Title>
            <Spoiler maxHeight={120} showLabel="Show the whole essay" hideLabel="Show less">
              <Text className="calibration-essay">{essay.body}</Text>
            </Spoiler>
            {essay.scores.length === 0 ? (
              <Text size="sm" c="dimmed">
                No scores.
              </Text>
            ) : (
              <Accordion variant="contained" chevronPosition="left">
                <Accordion.Item value="scores">
                  <Accordion.Control mih={44}>Each teacher&rsquo;s scores ({essay.scores.length})</Accordion.Control>
                  <Accordion.Panel>
                    <ScrollTable label={`Scores of Essay ${essay.position}`} minWidth={140 + criteria.length * 130}>
                      <Table withTableBorder verticalSpacing="xs">
                        <Table.Caption>
                          Each teacher&rsquo;s level on each criterion of Essay {essay.position}.
                        </Table.Caption>
                        <CriteriaHead first="Teacher" criteria={criteria} />
                        <Table.Tbody>
                          {essay.scores.map((s) => (
                            <Table.Tr key={s.rater.id}>
                              <Table.Th scope="row">{s.rater.displayName}</Table.Th>
                              {criteria.map((c) => {
                                const level = s.levels.find((l) => l.criterionId === c.id);
                                return <Table.Td key={c.id}>{level ? levelLabel(c, level.points) : '—'}</Table.Td>;
                              })}
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </ScrollTable>
                  </Accordion.Panel>
                </Accordion.Item>
              </Accordion>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
