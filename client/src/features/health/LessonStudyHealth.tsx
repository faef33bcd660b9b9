import { Group, Table, Text } from '@mantine/core';
import { LESSON_STUDY_PHASE_LABELS, type LessonStudyPhase } from '@switchback/shared';
import { plural } from '../../lib/format';
import type { Health } from './useNetworkHealth';

const phaseLabel = (phase: string) => LESSON_STUDY_PHASE_LABELS[phase as LessonStudyPhase] ?? phase;

/** The rows the page and the print view share: cycles by phase (zeros left out), then the counts. */
export function lessonStudyRows(health: Health): [string, number][] {
  const ls = health.lessonStudies;
  return [
    ...ls.byPhase.filter((p) => p.count > 0).map((p) => [`In ${phaseLabel(p.phase)}`, p.count] as [string, number]),
    ['Observers from another school', ls.crossSchoolObservers],
    ['Revisions made to lesson plans', health.revisionsMade],
  ];
}

/**
 * Network health's lesson-study figures: cycles by phase now, observers from other schools, the
 * revisions accepted into a new plan version in the period, and knowledgeable others invited from
 * another network (docs/network-health.md).
 */
export function LessonStudyFigures({ health }: { health: Health }) {
  const ls = health.lessonStudies;
  return (
    <>
      <Group gap="xl">
        <Text>
          <strong>{plural(ls.total, 'lesson study', 'lesson studies')}</strong>
        </Text>
        <Text>
          <strong>{ls.crossSchoolObservers}</strong> {ls.crossSchoolObservers === 1 ? 'observer' : 'observers'} from
          another school
        </Text>
        <Text>
          <strong>{plural(health.revisionsMade, 'revision')}</strong> made to lesson plans in the period
        </Text>
        <Text>
          <strong>{ls.invitedFromOtherNetworks}</strong>{' '}
          {ls.invitedFromOtherNetworks === 1 ? 'knowledgeable other' : 'knowledgeable others'} invited from another
          network
        </Text>
      </Group>
      {ls.total > 0 && (
        <Table withTableBorder fz="sm" maw={420}>
          <Table.Caption>Lesson studies by phase, today</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Phase</Table.Th>
              <Table.Th scope="col" ta="right">
                Lesson studies
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ls.byPhase.map((p) => (
              <Table.Tr key={p.phase}>
                <Table.Th scope="row" fw={500}>
                  {phaseLabel(p.phase)}
                </Table.Th>
                <Table.Td ta="right">{p.count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
