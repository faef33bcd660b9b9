import type { ObservationOwnerKind } from '@switchback/shared';

/**
 * Notes written while the server cannot be reached, kept in this browser until they are sent.
 * Each note carries the id the device made for it, so sending it again after a lost answer stores it
 * once (the server answers the stored note). localStorage, like the offline Apollo cache
 * (lib/offline-cache.ts): notes are small (at most 2000 characters), and a synchronous store means a
 * note is on the device before the form clears, even if the tab is closed straight after.
 */

export interface QueuedNote {
  id: string;
  ownerKind: ObservationOwnerKind;
  ownerId: string;
  mediaId: string | null;
  atSeconds: number | null;
  /** ISO time, for notes taken in the room. */
  observedAt: string | null;
  lookForId: string | null;
  studentGroup: string | null;
  body: string;
  /** When it was written on this device (ISO). */
  writtenAt: string;
  /** Set when the server refused it (it is kept so the words are not lost). */
  refused?: string;
}

/** What sending one note came to. */
export type SendOutcome = { kind: 'sent' } | { kind: 'offline' } | { kind: 'refused'; message: string };

export type NoteStore = Pick<Storage, 'getItem' | 'setItem'>;

const KEY_PREFIX = 'switchback:observation-notes:';
const FORMAT = 1;

function browserStore(): NoteStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** A note id: a random UUID (v4), also where `crypto.randomUUID` is missing (plain-http sites). */
export function newNoteId(
  cryptoApi: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = crypto,
): string {
  if (typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  const b = cryptoApi.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One person's queue of unsent notes on this device. */
export class NoteQueue {
  private flushing: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly userId: string,
    private readonly store: NoteStore | null = browserStore(),
  ) {}

  private get key() {
    return `${KEY_PREFIX}${this.userId}`;
  }

  /** Every queued note, oldest first (an unreadable or older-format entry counts as empty). */
  all(): QueuedNote[] {
    try {
      const raw = this.store?.getItem(this.key);
      const parsed = raw ? (JSON.parse(raw) as { format?: number; notes?: QueuedNote[] }) : null;
      return parsed?.format === FORMAT && Array.isArray(parsed.notes) ? parsed.notes : [];
    } catch {
      return [];
    }
  }

  /** The queued notes of one owner. */
  of(ownerKind: ObservationOwnerKind, ownerId: string): QueuedNote[] {
    return this.all().filter((n) => n.ownerKind === ownerKind && n.ownerId === ownerId);
  }

  /** Keeps a note on the device; false when the browser refused to store it (storage full or off). */
  add(note: QueuedNote): boolean {
    const notes = this.all().filter((n) => n.id !== note.id);
    return this.write([...notes, note]);
  }

  remove(id: string): void {
    this.write(this.all().filter((n) => n.id !== id));
  }

  /** Calls `listener` whenever the queue changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Sends the waiting notes, oldest first, one at a time: a sent note leaves the queue; a refused
   * one stays with the server's reason (and is not sent again); the first "offline" stops the round,
   * keeping the rest for the next. Calls made while a round runs wait for it instead of sending twice.
   */
  flush(send: (note: QueuedNote) => Promise<SendOutcome>): Promise<void> {
    this.flushing ??= this.round(send).finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async round(send: (note: QueuedNote) => Promise<SendOutcome>): Promise<void> {
    for (const note of this.all()) {
      if (note.refused) continue;
      const outcome = await send(note);
      if (outcome.kind === 'offline') return;
      if (outcome.kind === 'sent') this.remove(note.id);
      else this.write(this.all().map((n) => (n.id === note.id ? { ...n, refused: outcome.message } : n)));
    }
  }

  private write(notes: QueuedNote[]): boolean {
    let ok = true;
    try {
      this.store?.setItem(this.key, JSON.stringify({ format: FORMAT, notes }));
      if (!this.store) ok = false;
    } catch {
      ok = false;
    }
    for (const l of [...this.listeners]) l();
    return ok;
  }
}
