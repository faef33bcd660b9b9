import { ADULTS, definePolicy, type Facts } from '../policy.js';

/** What decides a person's access to a peer-feedback exchange. */
export interface ExchangeFacts extends Facts {
  /** The person's place in the exchange. */
  place: 'OWNER' | 'TEACHER' | 'STUDENT';
  /** A teacher the owner invited (they may add the classes they teach). */
  invited: boolean;
}

const teacherOf = (f: ExchangeFacts) => f.place === 'OWNER' || f.place === 'TEACHER';

/**
 * An exchange is seen by its owner, the teachers invited to it or whose class takes part, and the
 * students enrolled in a participating class; across schools students are only pseudonyms.
 */
export const exchangePolicy = definePolicy<ExchangeFacts, ExchangeAction>(
  'Peer-feedback exchange',
  'everyone but its owner, its invited and participating teachers and the students of its participating classes (in the network or not)',
  {
    read: {
      does: 'see the exchange (students: its prompt, rubric and their own work; other schools only as pseudonyms)',
      allow: [
        { roles: ADULTS, when: 'its owner, invited, or teaching a participating class', test: teacherOf },
        { roles: ['STUDENT'], when: 'enrolled in a participating class', test: (f) => f.place === 'STUDENT' },
      ],
      denied: 'That exchange was not found.',
    },
    manage: {
      does: 'change the exchange, move its phases on, invite teachers',
      allow: [{ roles: ADULTS, when: 'its owner', test: (f) => f.place === 'OWNER' }],
      denied: 'Only the teacher who created the exchange can do that.',
    },
    addClasses: {
      does: 'add a class they teach',
      allow: [
        { roles: ADULTS, when: 'its owner or an invited teacher', test: (f) => f.place === 'OWNER' || f.invited },
      ],
      denied: 'Only the owner and invited teachers can add classes to this exchange.',
    },
    write: {
      does: 'write and submit an essay; review the essays they are given; rate and flag feedback',
      allow: [{ roles: ['STUDENT'], when: 'enrolled in a participating class', test: (f) => f.place === 'STUDENT' }],
      denied: 'Only students of the participating classes write essays here.',
    },
    teach: {
      does: 'see results and the gradebook CSV (their own students by name), resolve flags',
      allow: [{ roles: ADULTS, when: 'its owner, invited, or teaching a participating class', test: teacherOf }],
      denied: 'Only the teachers of the exchange can do that.',
    },
  },
);

export type ExchangeAction = 'read' | 'manage' | 'addClasses' | 'write' | 'teach';
