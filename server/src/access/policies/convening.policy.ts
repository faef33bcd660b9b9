import { ADULTS, COORDINATORS, definePolicy, type Facts } from '../policy.js';

/** What decides a person's access to a convening and its sessions. */
export interface ConveningFacts extends Facts {
  draft: boolean;
  /** The facilitator of the session in question (false at the convening's level). */
  facilitator: boolean;
  /** Has a confirmed seat in, or was checked in to, the session in question. */
  attendee: boolean;
}

/**
 * Convenings are for the network's adults; drafts for its coordinators only; coordinators plan
 * them; a session's facilitator and the coordinators run its check-in; its live notes are written by
 * the facilitator, coordinators and attendees and read by the network's other adults.
 */
export const conveningPolicy = definePolicy<ConveningFacts, ConveningAction>(
  'Convening and its sessions',
  'students, people outside the network, and (while it is a draft) everyone but coordinators',
  {
    read: {
      does: 'see the convening, its agenda and sessions; register and pick sessions',
      allow: [{ roles: COORDINATORS }, { roles: ADULTS, when: 'the convening is published', test: (f) => !f.draft }],
      denied: 'That convening was not found.',
    },
    plan: {
      does: 'create, change, publish and schedule; see registrations and export them',
      allow: [{ roles: COORDINATORS }],
      denied: 'Only a network coordinator can plan convenings.',
    },
    checkIn: {
      does: 'check people in to a session and see its attendees',
      allow: [
        { roles: COORDINATORS },
        { roles: ADULTS, when: "the session's facilitator", test: (f) => f.facilitator },
      ],
      denied: "Only the session's facilitator or a network coordinator can check people in.",
    },
    editNotes: {
      does: "write a session's live notes and turn action items into goals or posts",
      allow: [
        { roles: COORDINATORS },
        { roles: ADULTS, when: "the session's facilitator", test: (f) => f.facilitator },
        { roles: ADULTS, when: 'an attendee of the session', test: (f) => f.attendee },
      ],
      denied: "Only the session's facilitator, its attendees and coordinators can write its notes.",
    },
  },
);

export type ConveningAction = 'read' | 'plan' | 'checkIn' | 'editNotes';
