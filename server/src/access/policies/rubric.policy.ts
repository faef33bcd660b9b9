import { ADULTS, definePolicy, type Facts } from '../policy.js';

/** What decides a person's access to a rubric. */
export interface RubricFacts extends Facts {
  author: boolean;
  /** An active member of the group the rubric is shared with. */
  sharedWithMe: boolean;
}

/** Rubrics are teachers' work: their author's, and readable by the group they share it with. */
export const rubricPolicy = definePolicy<RubricFacts, RubricAction>(
  'Rubric',
  'people outside the network, and adults who neither wrote it nor are in the group it is shared with (students see a rubric only inside their exchanges)',
  {
    read: {
      does: 'see and preview the rubric, duplicate it as their own',
      allow: [
        { roles: ADULTS, when: 'its author', test: (f) => f.author },
        { roles: ADULTS, when: 'an active member of the group it is shared with', test: (f) => f.sharedWithMe },
      ],
      denied: 'Rubrics are for teachers: students see a rubric inside their exchanges.',
    },
    edit: {
      does: 'edit the rubric (a locked version becomes a new one), share it with one of their groups',
      allow: [{ roles: ADULTS, when: 'its author', test: (f) => f.author }],
      denied: "Only the rubric's author can change it. Duplicate it to make your own copy.",
    },
  },
);

export type RubricAction = 'read' | 'edit';
