import { Stack, Text } from '@mantine/core';
import type { LessonStudyRegions } from '../LessonStudyLayout';
import { LessonStudyRecordView } from './LessonStudyRecordView';
import { OwnNotesDebrief } from './OwnNotesDebrief';
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
        {cycle.phase === 'SHARE' &&
          (cycle.myRoles.includes('FACILITATOR') ? (
            <ShareRecord lessonStudyId={cycle.id} />
          ) : (
            <Text>The facilitator closes the lesson study by sharing its record with the network.</Text>
          ))}
        {cycle.phase === 'REVISE' && <PlanSuggestions lessonStudyId={cycle.id} phase={cycle.phase} />}
        <OwnNotesDebrief lessonStudyId={cycle.id} lookFors={cycle.lookForPoints} round={cycle.round} />
      </Stack>
    );
  },
  record: (cycle) =>
    cycle.phase === 'CLOSED' ? (
      <LessonStudyRecordView lessonStudyId={cycle.id} present />
    ) : (
      <Text>The record is shared with the network in the Share phase, when the lesson study closes.</Text>
    ),
};
