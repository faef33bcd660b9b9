import { ADULTS, COORDINATORS, definePolicy, type Facts } from '../policy.js';

/** What decides who may use a class's or an exchange's LMS course (LTI Advantage services). */
export interface LmsFacts extends Facts {
  /** The class's own teacher (roster), or a teacher of the exchange: its owner or a participating class's (grades). */
  teacher: boolean;
  /** Belongs to the class's school (roster). */
  sameSchool: boolean;
}

/**
 * Bringing an LMS course's roster into a class and sending an exchange's grades to the LMS gradebook.
 * Names of students are shown only to those who see them on the class roster (class.roster).
 */
export const lmsPolicy = definePolicy<LmsFacts, LmsAction>(
  'LMS rosters and grades (NRPS and AGS)',
  'people outside the network; for grades, everyone but the teachers of the exchange',
  {
    syncRoster: {
      does: "bring the linked LMS course's students into the class and see the last sync (names: roster rule)",
      allow: [
        { roles: ADULTS, when: "the class's teacher", test: (f) => f.teacher },
        { roles: ['ADMINISTRATOR'], when: "an administrator of the class's school", test: (f) => f.sameSchool },
        { roles: COORDINATORS },
      ],
      denied: "Only the class's teacher, its school's principal or a coordinator can sync its roster from the LMS.",
    },
    sendGrades: {
      does: "send their own students' exchange scores and review completion to the LMS gradebook",
      allow: [{ roles: ADULTS, when: 'a teacher of the exchange', test: (f) => f.teacher }],
      denied: 'Only the teachers of the exchange can send its grades to the LMS.',
    },
  },
);

export type LmsAction = 'syncRoster' | 'sendGrades';
