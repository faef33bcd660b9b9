import { Stack, Text } from '@mantine/core';
import { useOwnNotes } from '../../observation-notes/useOwnNotes';
import type { LessonStudyRegions } from '../LessonStudyLayout';
import { DebriefPanel, type DebriefPanelProps } from './DebriefPanel';
import { LessonStudyRecordView } from './LessonStudyRecordView';
import { PlanSuggestions } from './PlanSuggestions';
import { ShareRecord } from './ShareRecord';

const AFTER_DEBRIEF = ['DEBRIEF', 'REVISE', 'RETEACH', 'SHARE', 'CLOSED'];

/** The debrief with the viewer's own observation notes of the cycle, to start evidence from. */
function DebriefWithOwnNotes(props: Omit<DebriefPanelProps, 'ownNotes'>) {
  const ownNotes = useOwnNotes('LESSON_STUDY', props.lessonStudyId);
  return <DebriefPanel {...props} ownNotes={ownNotes} />;
}

/** The debrief's parts of a cycle's page: the "Debrief" tab (protocol, suggestions, share) and the "Record" tab. */
export const DEBRIEF_REGIONS: Pick<LessonStudyRegions, 'debrief' | 'record'> = {
  debrief: (cycle) => {
    if (!cycle.myRoles.length)
      return (
        <Text>Only the people in this lesson study take part in its debrief. Its record is shared when it closes.</Text>
      );
    if (!AFTER_DEBRIEF.includes(cycle.phase)) return <Text>The debrief opens after the lesson is taught.</Text>;
    return (
      <Stack gap="xl">
        {cycle.phase === 'SHARE' && cycle.myRoles.includes('FACILITATOR') && <ShareRecord lessonStudyId={cycle.id} />}
        {cycle.phase === 'REVISE' && <PlanSuggestions lessonStudyId={cycle.id} phase={cycle.phase} />}
        <DebriefWithOwnNotes lessonStudyId={cycle.id} lookFors={cycle.lookForPoints} />
      </Stack>
    );
  },
  record: (cycle) =>
    cycle.phase === 'CLOSED' ? (
      <LessonStudyRecordView lessonStudyId={cycle.id} />
    ) : (
      <Text>The record is shared with the network in the Share phase, when the lesson study closes.</Text>
    ),
};
