import { ADULTS, definePolicy, type Facts } from '../policy.js';

/** What decides a person's access to a direct conversation. */
export interface ConversationFacts extends Facts {
  /** Whether the person is one of the conversation's participants. */
  participant: boolean;
}

const participant = (f: ConversationFacts) => f.participant;

/**
 * Direct conversations between adults of one network. Only their participants know they exist:
 * everyone else (coordinators included) gets "not found", and students never take part.
 */
export const conversationPolicy = definePolicy<ConversationFacts, ConversationAction>(
  'Conversation',
  'students, people outside the network, and adults who are not its participants (coordinators too)',
  {
    start: {
      does: 'start a conversation with other adults of the network; list their own conversations',
      allow: [{ roles: ADULTS }],
      denied: 'Conversations are for the adults of the network.',
    },
    read: {
      does: "read a conversation's messages and mark them read",
      allow: [{ roles: ADULTS, when: 'a participant', test: participant }],
      denied: 'Only the people in this conversation can read it.',
    },
    post: {
      does: 'send a message in a conversation',
      allow: [{ roles: ADULTS, when: 'a participant', test: participant }],
      denied: 'Only the people in this conversation can write in it.',
    },
  },
);

export type ConversationAction = 'start' | 'read' | 'post';
