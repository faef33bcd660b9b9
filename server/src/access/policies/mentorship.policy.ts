import { ADULTS, COORDINATORS, definePolicy, type Facts } from '../policy.js';

/** What decides a person's access to a mentoring pair. */
export interface MentorshipFacts extends Facts {
  /** The person is the pair's mentor or mentee. */
  member: boolean;
  /** The pair is ACTIVE (not ENDED). */
  active: boolean;
}

const member = (f: MentorshipFacts) => f.member;
const activeMember = (f: MentorshipFacts) => f.member && f.active;

/**
 * Mentoring pairs. What a pair says (goals, meeting notes, next steps, recordings, observation
 * notes) is private to its two people; coordinators pair people and see only that a pair meets
 * (names, schools, status, meeting dates). Everyone else, students and other networks included, is
 * told the pair does not exist.
 */
export const mentorshipPolicy = definePolicy<MentorshipFacts, MentorshipAction>(
  'Mentoring pair',
  'students, people outside the network, and adults who are neither one of the pair nor a coordinator',
  {
    list: {
      does: 'list mentoring pairs (coordinators: every pair, dates only; others: their own pairs)',
      allow: [{ roles: ADULTS }],
      denied: 'Mentoring is for the adults of the network.',
    },
    see: {
      does: "see that a pair exists: its two people, their schools, its status and its meetings' dates",
      allow: [{ roles: COORDINATORS }, { roles: ADULTS, when: 'one of the pair', test: member }],
      denied: 'That mentoring pair was not found.',
    },
    readPrivate: {
      does: "read the pair's goals, meeting notes, next steps and co-planned unit",
      allow: [{ roles: ADULTS, when: 'one of the pair', test: member }],
      denied: "Only the pair's two people can read what they wrote.",
    },
    write: {
      does: 'edit the goals, log a meeting, link a unit, upload recordings and write observation notes',
      allow: [{ roles: ADULTS, when: 'one of the pair, while the pair is active', test: activeMember }],
      denied: (f) =>
        f.member
          ? 'This mentoring pair has ended: its record can be read but not changed.'
          : "Only the pair's two people can change it.",
    },
    pair: {
      does: 'pair a mentor with a mentee, see suggested matches, end a pair',
      allow: [{ roles: COORDINATORS }],
      denied: 'Only a network coordinator can pair teachers for mentoring.',
    },
  },
);

export type MentorshipAction = 'list' | 'see' | 'readPrivate' | 'write' | 'pair';
