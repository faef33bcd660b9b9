import type { LessonStudyRole } from '@switchback/shared';
import { ADULTS, definePolicy, type Facts } from '../policy.js';

/** What decides a person's part in a lesson study's debrief. */
export interface DebriefFacts extends Facts {
  /** The person's roles in the cycle (empty for someone who is not one of its participants). */
  cycleRoles: readonly LessonStudyRole[];
}

const participant = (f: DebriefFacts) => f.cycleRoles.length > 0;
const facilitator = (f: DebriefFacts) => f.cycleRoles.includes('FACILITATOR');
const facilitatorOrTeacher = (f: DebriefFacts) => facilitator(f) || f.cycleRoles.includes('TEACHER');

/**
 * A lesson study's debrief, revisions and shared record. The debrief is the participants' own;
 * which step a person may write in is the protocol's order (observe/debrief/debrief-rules.ts).
 */
export const debriefPolicy = definePolicy<DebriefFacts, DebriefAction>(
  'Debrief',
  'everyone who may not see the lesson study (students, other networks); its shared record from students and other networks',
  {
    read: {
      does: "read a lesson study's debrief and its proposed revisions",
      allow: [{ roles: ADULTS, when: 'a participant of the cycle', test: participant }],
      denied: 'Only the people in this lesson study take part in its debrief.',
    },
    write: {
      does: "write in the debrief's current step (the role whose step it is) and propose revisions",
      allow: [{ roles: ADULTS, when: 'a participant of the cycle', test: participant }],
      denied: 'Only the people in this lesson study take part in its debrief.',
    },
    facilitate: {
      does: 'move the debrief to its next step, agree or decline revisions, share the record',
      allow: [{ roles: ADULTS, when: "the cycle's facilitator", test: facilitator }],
      denied: 'Only the facilitator moves the debrief on and decides on revisions.',
    },
    accept: {
      does: 'accept the agreed revisions into a new version of the plan (in Revise)',
      allow: [{ roles: ADULTS, when: 'the facilitator or the teaching teacher', test: facilitatorOrTeacher }],
      denied: 'Only the facilitator or the teaching teacher accepts revisions into the plan.',
    },
    readRecord: {
      does: "read a shared lesson study's record in the library (never recordings or raw notes)",
      allow: [{ roles: ADULTS }],
      denied: 'Shared lesson studies are for the adults of the network.',
    },
  },
);

export type DebriefAction = 'read' | 'write' | 'facilitate' | 'accept' | 'readRecord';
