import { lessonStudyPhaseAtLeast, type LessonStudyPhase, type LessonStudyRole } from '@switchback/shared';
import { ADULTS, COORDINATORS, definePolicy, type Facts } from '../policy.js';

/**
 * What decides a person's access to a lesson-study cycle. A knowledgeable other invited from
 * another network has no membership here: their facts say `member: false` with the role TEACHER,
 * and every rule below that is not about a cycle role requires `member`, so they reach this cycle
 * through their role in it and nothing else of the network.
 */
export interface LessonStudyFacts extends Facts {
  /** An active member of the cycle's network (false for an invited knowledgeable other). */
  member: boolean;
  /** An active member of the cycle's group. */
  groupMember: boolean;
  /** The caller's roles in the cycle. */
  roles: readonly LessonStudyRole[];
  phase: LessonStudyPhase;
}

const has = (f: LessonStudyFacts, ...roles: LessonStudyRole[]) => roles.some((r) => f.roles.includes(r));
const participant = (f: LessonStudyFacts) => f.roles.length > 0;
const coordinator = (f: LessonStudyFacts) => f.member;
const open = (f: LessonStudyFacts) => f.phase !== 'CLOSED';

/**
 * The group's members see that a cycle exists and read its plan; recordings and notes are for the
 * cycle's participants; the facilitator runs it; coordinators invite a knowledgeable other.
 */
export const lessonStudyPolicy = definePolicy<LessonStudyFacts, LessonStudyAction>(
  'Lesson-study cycle',
  "students, people outside the network (except a knowledgeable other invited to the cycle, who sees that cycle only), and adults who are neither in the cycle's group nor taking part",
  {
    read: {
      does: 'see the cycle, its people, look-for points, plan and plan versions',
      allow: [
        { roles: COORDINATORS, when: 'a member of the network', test: coordinator },
        { roles: ADULTS, when: "an active member of the cycle's group", test: (f) => f.member && f.groupMember },
        { roles: ADULTS, when: 'taking part in the cycle (an invited knowledgeable other too)', test: participant },
      ],
      denied: 'That lesson study was not found.',
    },
    editPlan: {
      does: 'write the research lesson plan (while planning and revising)',
      allow: [
        {
          roles: ADULTS,
          when: 'taking part, during Plan or Revise',
          test: (f) => participant(f) && (f.phase === 'PLAN' || f.phase === 'REVISE'),
        },
      ],
      denied: (f) =>
        participant(f)
          ? 'The plan can be changed only while planning or revising.'
          : 'Only the people taking part in the lesson study can change its plan.',
    },
    editLookFors: {
      does: 'change the points observers look for (until the lesson is taught)',
      allow: [{ roles: ADULTS, when: 'taking part, during Plan', test: (f) => participant(f) && f.phase === 'PLAN' }],
      denied: (f) =>
        participant(f)
          ? 'The look-for points are fixed once the lesson is taught.'
          : 'Only the people taking part in the lesson study can change its look-for points.',
    },
    advance: {
      does: 'move the cycle to its next phase; set the phase dates and the open class',
      allow: [{ roles: ADULTS, when: "the cycle's facilitator", test: (f) => has(f, 'FACILITATOR') && open(f) }],
      denied: (f) => (open(f) ? 'Only the facilitator can do that.' : 'This lesson study is closed.'),
    },
    nameRoles: {
      does: 'name observers, critical friends and a knowledgeable other from the network',
      allow: [{ roles: ADULTS, when: "the cycle's facilitator", test: (f) => has(f, 'FACILITATOR') && open(f) }],
      denied: (f) =>
        open(f) ? 'Only the facilitator names the people of a lesson study.' : 'This lesson study is closed.',
    },
    inviteGuest: {
      does: 'invite a knowledgeable other from another network (by the email of their account)',
      allow: [
        {
          roles: COORDINATORS,
          when: 'a member of the network, while the cycle is open',
          test: (f) => f.member && open(f),
        },
      ],
      denied: (f) =>
        open(f)
          ? 'Only a coordinator of this network can invite someone from outside it.'
          : 'This lesson study is closed.',
    },
    watch: {
      does: "watch the cycle's recordings",
      allow: [{ roles: ADULTS, when: 'taking part in the cycle', test: participant }],
      denied: 'Only the people taking part in the lesson study can watch its recordings.',
    },
    upload: {
      does: 'upload a recording of the lesson',
      allow: [
        {
          roles: ADULTS,
          when: 'the teaching teacher or the facilitator, while the lesson is taught',
          test: (f) => has(f, 'TEACHER', 'FACILITATOR') && (f.phase === 'TEACH' || f.phase === 'RETEACH'),
        },
      ],
      denied: 'Only the teaching teacher or the facilitator can upload a recording, while the lesson is taught.',
    },
    writeNotes: {
      does: 'write observation notes',
      allow: [
        {
          roles: ADULTS,
          when: 'an observer, critical friend, knowledgeable other or the facilitator, from Teach to Debrief',
          test: (f) =>
            has(f, 'OBSERVER', 'CRITICAL_FRIEND', 'KNOWLEDGEABLE_OTHER', 'FACILITATOR') &&
            (f.phase === 'TEACH' || f.phase === 'RETEACH' || f.phase === 'DEBRIEF'),
        },
      ],
      denied: 'Observation notes are written by the observers while the lesson is taught and debriefed.',
    },
    seeAllNotes: {
      does: "read everyone's observation notes of the current round (from its debrief on; before it, each observer reads only their own)",
      allow: [
        {
          roles: ADULTS,
          when: "taking part, once the round's debrief has opened (not while re-teaching)",
          test: (f) => participant(f) && lessonStudyPhaseAtLeast(f.phase, 'DEBRIEF') && f.phase !== 'RETEACH',
        },
      ],
      denied: 'Notes are shared when the debrief opens.',
    },
  },
);

export type LessonStudyAction =
  | 'read'
  | 'editPlan'
  | 'editLookFors'
  | 'advance'
  | 'nameRoles'
  | 'inviteGuest'
  | 'watch'
  | 'upload'
  | 'writeNotes'
  | 'seeAllNotes';
