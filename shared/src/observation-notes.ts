import type { ObservationOwnerKind } from './observe.js';

/** socket.io events of the /live namespace for observation notes. */
export const ObservationNoteLiveEvent = {
  /**
   * Server → client: notes of an owner changed. Sent only to people who may see the note (the
   * author, and everyone who sees all of the owner's notes): an open timeline fetches them again.
   */
  Changed: 'observation-notes:changed',
} as const;

export type ObservationNoteChange = 'ADDED' | 'UPDATED' | 'DELETED';

export interface ObservationNoteChangedPayload {
  ownerKind: ObservationOwnerKind;
  ownerId: string;
  noteId: string;
  change: ObservationNoteChange;
}

/** The student groups the note form offers (any STUDENT_GROUP_PATTERN value is accepted). */
export const STUDENT_GROUP_CHOICES: readonly string[] = [
  ...Array.from({ length: 12 }, (_, i) => `Group ${i + 1}`),
  ...Array.from({ length: 8 }, (_, i) => `Table ${i + 1}`),
];

/** A note's time on the recording, as the timeline shows it: 75.4 → "1:15", 3725 → "1:02:05". */
export function formatNoteTime(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
