import { ADULTS, COORDINATORS, definePolicy, type Facts } from '../policy.js';

/** What decides a person's access to the network's showcase and to one of its items. */
export interface ShowcaseFacts extends Facts {
  /** The person presented the item. */
  presenter: boolean;
  /** The item is student work and the person is the writer's own teacher. */
  approver: boolean;
  /** The item is on the showcase (not waiting for a teacher's approval). */
  published: boolean;
}

const published = (f: ShowcaseFacts) => f.published;
const presenterOrApprover = (f: ShowcaseFacts) => f.presenter || f.approver;

/**
 * The network's showcase (author's chair): teachers present their own work to the adults of the
 * network, who answer with warm feedback only. Students do not see the network's showcase (their
 * essays appear in it only by pseudonym, with their own teacher's approval). Student work waiting
 * for that approval is seen only by its presenter and the writer's teacher.
 */
export const showcasePolicy = definePolicy<ShowcaseFacts, ShowcaseAction>(
  'Showcase item',
  "students (the showcase is the adults'), people outside the network, and, for student work awaiting approval, everyone but its presenter and the writer's teacher",
  {
    read: {
      does: "read the network's showcase",
      allow: [{ roles: ADULTS }],
      denied: "The showcase is for the network's teachers.",
    },
    see: {
      does: 'see an item (student work awaiting approval: only its presenter and the writer’s teacher)',
      allow: [
        { roles: ADULTS, when: 'it is on the showcase', test: published },
        { roles: ADULTS, when: "its presenter or the writer's teacher", test: presenterOrApprover },
      ],
      denied: 'That showcase item was not found.',
    },
    present: {
      does: 'present their own work (a unit, a lesson study, an exchange, a reflection, an essay of their exchange)',
      allow: [{ roles: ADULTS }],
      denied: "The showcase is for the network's teachers.",
    },
    respond: {
      does: 'respond with warm feedback (what worked, what I will borrow)',
      allow: [
        { roles: ADULTS, when: 'on the showcase, and not their own item', test: (f) => f.published && !f.presenter },
      ],
      denied: (f) =>
        f.presenter
          ? 'This is your own work: in the author’s chair your colleagues respond, and you read what they say.'
          : 'This item is waiting for a teacher’s approval: responses open once it is on the showcase.',
    },
    approve: {
      does: "approve a student's essay for the showcase",
      allow: [{ roles: ADULTS, when: "the writer's own teacher", test: (f) => f.approver }],
      denied: "Only the student's own teacher can approve their work for the showcase.",
    },
    feature: {
      does: 'feature an item (featured items come first)',
      allow: [{ roles: COORDINATORS, when: 'it is on the showcase', test: published }],
      denied: (f) =>
        f.published
          ? 'Only a network coordinator can feature items.'
          : 'An item is featured once it is on the showcase.',
    },
    remove: {
      does: 'take an item off the showcase',
      allow: [
        { roles: ADULTS, when: 'its presenter', test: (f) => f.presenter },
        { roles: COORDINATORS, when: 'it is on the showcase', test: published },
      ],
      denied: 'Only its presenter or a coordinator can take an item off the showcase.',
    },
  },
);

export type ShowcaseAction = 'read' | 'see' | 'present' | 'respond' | 'approve' | 'feature' | 'remove';
