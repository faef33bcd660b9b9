import { useMemo } from 'react';
import { Stack, Text } from '@mantine/core';
import type { LessonStudyFieldsFragment } from '../../../gql/graphql';
import { useObservationNotes } from '../../observation-notes/useObservationNotes';
import type { LessonStudyRegions } from '../LessonStudyLayout';
import { DebriefPanel } from './DebriefPanel';
import type { OwnNote } from './EntryForm';
import { LessonStudyRecordView } from './LessonStudyRecordView';
import { PlanSuggestions } from './PlanSuggestions';
import { ShareRecord } from './ShareRecord';

const AFTER_DEBRIEF = ['DEBRIEF', 'REVISE', 'RETEACH', 'SHARE', 'CLOSED'];

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
        <DebriefWithOwnNotes cycle={cycle} />
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

/** The debrief, offering the viewer's own observation notes to start their evidence from. */
function DebriefWithOwnNotes({ cycle }: { cycle: LessonStudyFieldsFragment }) {
  const notes = useObservationNotes('LESSON_STUDY', cycle.id);
  const ownNotes = useMemo<OwnNote[]>(
    () => notes.timeline.filter((n) => n.mine).map((n) => ({ id: n.id, text: n.body, lookForId: n.lookForId })),
    [notes.timeline],
  );
  return <DebriefPanel lessonStudyId={cycle.id} lookFors={cycle.lookForPoints} ownNotes={ownNotes} />;
}
