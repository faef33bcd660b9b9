import { ADULTS, definePolicy, type Facts } from '../policy.js';

/** What decides a person's access to the observation notes of one owner (a cycle, a mentoring pair). */
export interface ObservationNoteFacts extends Facts {
  /** The owner's answer for the person (`NoteOwners.access`): they may take part at all. */
  participant: boolean;
  /** May write notes now (e.g. an observer while the lesson is observed). */
  write: boolean;
  /**
   * Sees everyone's notes (of the round in question: after that round's debrief opens; always, within
   * a pair).
   */
  seeAll: boolean;
  /** Wrote the note in question (false at the owner's level). */
  author: boolean;
}

/**
 * Observation notes belong to their owner's participants, and to adults only. Until the owner lets
 * everyone see all notes (the debrief opens), each observer sees only their own; authors change their
 * own notes while writing is open.
 */
export const observationNotePolicy = definePolicy<ObservationNoteFacts, ObservationNoteAction>(
  'Observation note',
  "students, people outside the network, people the cycle or pair does not include, and (before the debrief) other observers for each observer's notes",
  {
    read: {
      does: 'see their own notes on the timeline (everyone’s once allowed, below)',
      allow: [{ roles: ADULTS, when: 'a participant of the cycle or pair', test: (f) => f.participant }],
      denied: 'Those notes were not found.',
    },
    readAll: {
      does: "see every participant's notes on one timeline",
      allow: [
        {
          roles: ADULTS,
          when: "a participant, for each round's notes once that round's debrief opens (always within a pair)",
          test: (f) => f.participant && f.seeAll,
        },
      ],
      denied: "Everyone's notes appear when the debrief opens.",
    },
    write: {
      does: 'add notes',
      allow: [
        { roles: ADULTS, when: 'a participant while notes may be written', test: (f) => f.participant && f.write },
      ],
      denied: 'Notes cannot be added now: observation has closed.',
    },
    edit: {
      does: 'change or delete a note',
      allow: [
        {
          roles: ADULTS,
          when: "the note's author while notes may be written",
          test: (f) => f.participant && f.write && f.author,
        },
      ],
      denied: (f) =>
        f.author
          ? 'Notes cannot be changed now: observation has closed.'
          : 'Only the person who wrote a note can change it.',
    },
  },
);

export type ObservationNoteAction = 'read' | 'readAll' | 'write' | 'edit';
