import { ADULTS, COORDINATORS, definePolicy, type Facts } from '../policy.js';

/** What decides a person's access to a proposed group. */
export interface ProposalFacts extends Facts {
  /** Whether the person proposed it. */
  own: boolean;
}

/** Proposals are seen by their proposer and the network's coordinators, who decide them. */
export const proposalPolicy = definePolicy<ProposalFacts, ProposalAction>(
  'Group proposal',
  'students, and people outside the network',
  {
    read: {
      does: 'see a proposed group and what became of it',
      allow: [{ roles: COORDINATORS }, { roles: ADULTS, when: 'they proposed it', test: (f) => f.own }],
      denied: 'Only the person who proposed this group and the network coordinators can see it.',
    },
    decide: {
      does: 'approve or decline a proposed group',
      allow: [{ roles: COORDINATORS, when: 'not their own proposal', test: (f) => !f.own }],
      denied: (f) =>
        f.own ? 'You cannot approve your own proposal.' : 'Only a network coordinator can approve or decline groups.',
    },
  },
);

export type ProposalAction = 'read' | 'decide';
