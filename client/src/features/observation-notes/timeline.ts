import { activeLocale } from '../../lib/i18n/i18n';
import { intlLocale } from '../../lib/i18n/locales';
import { formatNoteTime, type LookFor } from '@switchback/shared';
import type { QueuedNote } from './note-queue';

/** One row of the timeline: a note the server has, or one still on this device. */
export interface TimelineNote {
  id: string;
  atSeconds: number | null;
  observedAt: string | null;
  lookForId: string | null;
  studentGroup: string | null;
  body: string;
  mine: boolean;
  /** "Ana Observer, Fairbanks High" (null for one's own notes before anything loads). */
  author: string | null;
  /** Still on this device: not sent yet ('waiting'), or refused by the server ('refused'). */
  local?: 'waiting' | 'refused';
  refusedBecause?: string;
}

export function fromQueued(n: QueuedNote): TimelineNote {
  return {
    id: n.id,
    atSeconds: n.atSeconds,
    observedAt: n.observedAt,
    lookForId: n.lookForId,
    studentGroup: n.studentGroup,
    body: n.body,
    mine: true,
    author: null,
    local: n.refused ? 'refused' : 'waiting',
    refusedBecause: n.refused,
  };
}

/**
 * The server's notes and the device's unsent ones on one timeline: moments of the recording in
 * order, then notes taken in the room by clock time. A queued note already on the server (sent, but
 * the queue not yet told) shows once, as sent.
 */
export function mergeTimeline(server: readonly TimelineNote[], queued: readonly TimelineNote[]): TimelineNote[] {
  const known = new Set(server.map((n) => n.id));
  const all = [...server, ...queued.filter((n) => !known.has(n.id))];
  const clock = (n: TimelineNote) => (n.observedAt ? Date.parse(n.observedAt) : Number.POSITIVE_INFINITY);
  return all
    .map((n, i) => ({ n, i }))
    .sort((a, b) => {
      const va = a.n.atSeconds ?? Number.POSITIVE_INFINITY;
      const vb = b.n.atSeconds ?? Number.POSITIVE_INFINITY;
      if (va !== vb) return va - vb;
      const ca = clock(a.n);
      const cb = clock(b.n);
      if (ca !== cb) return ca - cb;
      return a.i - b.i;
    })
    .map(({ n }) => n);
}

/** Only the notes for one look-for (all notes for null). */
export function filterByLookFor(notes: readonly TimelineNote[], lookForId: string | null): TimelineNote[] {
  return lookForId ? notes.filter((n) => n.lookForId === lookForId) : [...notes];
}

/** How many notes each look-for has, in the plan's order, for the filter's labels. */
export function countByLookFor(notes: readonly TimelineNote[], lookFors: readonly LookFor[]): Map<string, number> {
  const counts = new Map(lookFors.map((l) => [l.id, 0]));
  for (const n of notes)
    if (n.lookForId && counts.has(n.lookForId)) counts.set(n.lookForId, counts.get(n.lookForId)! + 1);
  return counts;
}

/** The time a row shows: "1:15" on the recording, or the clock time in the room. */
export function noteTimeLabel(n: Pick<TimelineNote, 'atSeconds' | 'observedAt'>, timeZone?: string): string {
  if (n.atSeconds !== null) return formatNoteTime(n.atSeconds);
  if (!n.observedAt) return '';
  return new Date(n.observedAt).toLocaleTimeString(intlLocale(activeLocale()), {
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  });
}
