import { ADULTS, definePolicy, type Facts } from '../policy.js';

/** What decides a person's access to a class and its roster. */
export interface ClassFacts extends Facts {
  /** The class's own teacher. */
  teacher: boolean;
  /** Belongs to the class's school. */
  sameSchool: boolean;
}

/** A class's students are known by name only to their teacher and their school's administrators. */
export const classPolicy = definePolicy<ClassFacts, ClassAction>(
  'Class and its students',
  'people outside the network',
  {
    roster: {
      does: "see the class's students by name, reset a student's password, remove a student",
      allow: [
        { roles: ADULTS, when: "the class's teacher", test: (f) => f.teacher },
        { roles: ['ADMINISTRATOR'], when: "an administrator of the class's school", test: (f) => f.sameSchool },
      ],
      denied: "Only the class's teacher can see and manage its roster.",
    },
  },
);

export type ClassAction = 'roster';
