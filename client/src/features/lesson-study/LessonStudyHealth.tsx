import { Table, Text } from '@mantine/core';
import { LESSON_STUDY_PHASE_LABELS, type LessonStudyPhase } from '@switchback/shared';

interface Props {
  health: {
    total: number;
    byPhase: { phase: string; count: number }[];
    crossSchoolObservers: number;
    invitedFromOtherNetworks: number;
  };
}

/** Network health's lesson-study figures: cycles by phase, and who came to watch from elsewhere. */
export function LessonStudyHealth({ health }: Props) {
  if (health.total === 0) return <Text>No lesson study had started by the end of this period.</Text>;
  return (
    <>
      <Table withTableBorder maw={480}>
        <Table.Caption>Lesson studies by phase now</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Phase</Table.Th>
            <Table.Th scope="col" ta="right">
              Cycles
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {health.byPhase.map((p) => (
            <Table.Tr key={p.phase}>
              <Table.Th scope="row" fw={400}>
                {LESSON_STUDY_PHASE_LABELS[p.phase as LessonStudyPhase]}
              </Table.Th>
              <Table.Td ta="right">{p.count}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text>
        {health.crossSchoolObservers} observers and critical friends came from another school than the teaching
        teacher’s; {health.invitedFromOtherNetworks} knowledgeable others were invited from another network.
      </Text>
    </>
  );
}
