import { STUDENT_GROUP_PATTERN, type LookFor } from '@switchback/shared';
import { fieldError } from '../../common/errors.js';

export const STUDENT_GROUP_MESSAGE =
  'Name a student group like "Group 3", "Table 2", "Pair 1" or "Row 4" (numbers 1 to 99), never a student\'s name.';

/** Longest recording a note may point into (a school day). */
export const MAX_NOTE_SECONDS = 12 * 3600;

/**
 * A student group as stored, or null for none. Case and spacing are forgiven ("group  3" is
 * "Group 3"); anything else (a name, above all) is refused with a message a teacher understands.
 */
export function normaliseStudentGroup(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const flat = value.trim().replace(/\s+/g, ' ');
  if (!flat) return null;
  const tidy = flat.charAt(0).toUpperCase() + flat.slice(1).toLowerCase();
  if (!STUDENT_GROUP_PATTERN.test(tidy)) throw fieldError('studentGroup', STUDENT_GROUP_MESSAGE);
  return tidy;
}

/**
 * The look-for a note is tagged with: required, and one of the owner's, when the owner has any;
 * ignored (null) when it has none.
 */
export function checkLookFor(lookForId: string | null | undefined, lookFors: readonly LookFor[]): string | null {
  if (!lookFors.length) return null;
  const id = lookForId?.trim();
  if (!id)
    throw fieldError('lookForId', 'Choose what this note is evidence for (one of the plan\'s "look for" points).');
  if (!lookFors.some((l) => l.id === id))
    throw fieldError('lookForId', 'That "look for" point is not in this lesson\'s plan. Choose one from the list.');
  return id;
}

export interface NoteTime {
  mediaId: string | null;
  atSeconds: number | null;
  observedAt: Date | null;
}

/** Exactly one of a time on a recording (with the recording) or a clock time in the room. */
export function checkNoteTime(input: {
  mediaId?: string | null;
  atSeconds?: number | null;
  observedAt?: Date | null;
}): NoteTime {
  const onVideo = input.atSeconds !== null && input.atSeconds !== undefined;
  const inRoom = input.observedAt !== null && input.observedAt !== undefined;
  if (onVideo === inRoom)
    throw fieldError(
      onVideo ? 'observedAt' : 'atSeconds',
      'A note is either at a moment of the recording or at a time in the room, not both or neither.',
    );
  if (onVideo) {
    const at = input.atSeconds!;
    if (!Number.isFinite(at) || at < 0 || at > MAX_NOTE_SECONDS)
      throw fieldError('atSeconds', 'That moment is not on the recording.');
    if (!input.mediaId) throw fieldError('mediaId', 'Say which recording the note is on.');
    return { mediaId: input.mediaId, atSeconds: at, observedAt: null };
  }
  const when = input.observedAt!;
  if (Number.isNaN(when.getTime())) throw fieldError('observedAt', 'That time is not valid.');
  // A phone's clock may be off a little; a note is not from the future or from before the year began.
  if (when.getTime() > Date.now() + 10 * 60_000) throw fieldError('observedAt', 'That time is in the future.');
  return { mediaId: input.mediaId ?? null, atSeconds: null, observedAt: when };
}
