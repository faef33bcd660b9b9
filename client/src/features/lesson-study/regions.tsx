import { ObservationWorkspace } from '../observation-notes/ObservationWorkspace';
import { DEBRIEF_REGIONS } from './debrief/regions';
import type { LessonStudyRegions } from './LessonStudyLayout';

/**
 * The parts other features mount on a cycle's page (recordings & notes, debrief, record): add them
 * here. Both the network's cycle page and a guest's page mount them.
 */
export const REGIONS: LessonStudyRegions = {
  recordings: (cycle) =>
    cycle.can.watch ? (
      <ObservationWorkspace
        ownerKind="LESSON_STUDY"
        ownerId={cycle.id}
        canUpload={cycle.can.upload}
        canWrite={cycle.can.writeNotes}
        lookFors={cycle.lookForPoints}
      />
    ) : null,
  ...DEBRIEF_REGIONS,
};
