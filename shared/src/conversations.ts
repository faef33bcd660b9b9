/** Direct conversations between the adults of a network (never students). */
export const CONVERSATION_LIMITS = {
  /** People in one conversation, the one who starts it included. */
  peopleMax: 8,
  bodyMax: 4000,
  titleMax: 120,
  /** Messages one person may send in a minute, all conversations together (a runaway script, not a conversation). */
  messagesPerMinute: 30,
} as const;

/**
 * While a person has read a conversation this recently, they are taken to have it open: a new
 * message there raises no notification for them (it arrives live on the page instead).
 */
export const CONVERSATION_OPEN_WINDOW_MS = 2 * 60_000;

/** socket.io events of the /live namespace for conversations. */
export const ConversationLiveEvent = {
  /** Server → client: a new message in one of this person's conversations. */
  Message: 'conversation:message',
  /** Server → client: this person's access changed (removed, made a student): re-check what is open. */
  AccessChanged: 'conversation:access-changed',
} as const;

export interface ConversationMessageEventPayload {
  conversationId: string;
  messageId: string;
  authorId: string;
  /** The recipient's conversations with unread messages in that network, after this one. */
  unreadConversations: number;
}
