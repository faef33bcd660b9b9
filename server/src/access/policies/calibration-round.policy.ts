import type { CalibrationRoundStatus } from '@switchback/shared';
import { ADULTS, COORDINATORS, definePolicy, type Facts } from '../policy.js';

/** What decides a person's access to a teachers' calibration round (and to offering an essay for one). */
export interface CalibrationRoundFacts extends Facts {
  /** An active member of the round's job-alike group (facilitators included). */
  groupMember: boolean;
  /** A FACILITATOR of the round's group. */
  facilitator: boolean;
  /** The round's status; null when deciding for a group (listing, creating a round). */
  status: CalibrationRoundStatus | null;
  /** The teacher of the class the essay's writer submitted from (offering an essay only). */
  writersTeacher: boolean;
}

const member = (f: CalibrationRoundFacts) => f.groupMember;
const facilitator = (f: CalibrationRoundFacts) => f.facilitator;
const scoring = (f: CalibrationRoundFacts) => f.groupMember && f.status === 'SCORING';
const revealedMember = (f: CalibrationRoundFacts) => f.groupMember && !!f.status && f.status !== 'SCORING';

/**
 * Teachers' calibration rounds in a job-alike group. Its members score blind, then discuss; its
 * facilitators open rounds, reveal the scores and record the agreed ones. The network's coordinators
 * may read a round (before the reveal, like everyone, only how many have finished). Students, people
 * outside the network and adults who are neither in the group nor coordinators are told it does not
 * exist.
 */
export const calibrationRoundPolicy = definePolicy<CalibrationRoundFacts, CalibrationRoundAction>(
  'Calibration round',
  "students, people outside the network (another network's coordinator included), and adults who are neither in the round's group nor a coordinator",
  {
    read: {
      does: 'see the rounds of a group, their essays, who finished scoring and, once revealed, every score, the agreement and the discussion',
      allow: [{ roles: COORDINATORS }, { roles: ADULTS, when: "an active member of the round's group", test: member }],
      denied: "Calibration rounds are for the group's members.",
    },
    score: {
      does: 'score every essay of the round on every criterion, blind, until the reveal',
      allow: [{ roles: ADULTS, when: 'an active member of the group, while the round is scoring', test: scoring }],
      denied: (f) =>
        f.groupMember
          ? 'The scores were revealed: scoring is closed.'
          : "Only the group's members score its calibration essays.",
    },
    comment: {
      does: 'write in the discussion of an essay × criterion after the reveal',
      allow: [
        { roles: ADULTS, when: 'an active member of the group, once the scores are revealed', test: revealedMember },
      ],
      denied: (f) =>
        f.groupMember
          ? 'The discussion opens when the facilitator reveals the scores.'
          : "Only the group's members discuss its calibration essays.",
    },
    reveal: {
      does: 'reveal everyone’s scores and the agreement figures',
      allow: [{ roles: ADULTS, when: 'a facilitator of the group', test: facilitator }],
      denied: 'Only a facilitator of the group can reveal the scores.',
    },
    agree: {
      does: 'record the agreed score and its rationale for an essay × criterion',
      allow: [{ roles: ADULTS, when: 'a facilitator of the group', test: facilitator }],
      denied: 'Only a facilitator of the group can record the agreed scores.',
    },
    create: {
      does: 'open a calibration round in the group on a rubric they can read, with pasted or offered essays',
      allow: [{ roles: ADULTS, when: 'a facilitator of the group', test: facilitator }],
      denied: 'Only a facilitator of the group can open a calibration round.',
    },
    candidates: {
      does: 'see the exchange essays offered for calibration in the network (text only: no name, no school)',
      allow: [{ roles: ADULTS, when: 'a facilitator of the group', test: facilitator }],
      denied: 'Only a facilitator of the group can choose calibration essays.',
    },
    offer: {
      does: "offer a student's submitted exchange essay as a calibration essay",
      allow: [
        {
          roles: ADULTS,
          when: "the teacher of the class the essay's writer submitted from",
          test: (f) => f.writersTeacher,
        },
      ],
      denied: "Only the writer's own teacher can offer an essay for calibration.",
    },
  },
);

export type CalibrationRoundAction =
  'read' | 'score' | 'comment' | 'reveal' | 'agree' | 'create' | 'candidates' | 'offer';
