import * as Y from 'yjs';

function merged(updates: Uint8Array[]): Uint8Array {
  return updates.length === 1 ? updates[0] : Y.mergeUpdates(updates);
}

/**
 * This client's changes the server has not stored yet, in three places: made while no message could
 * go (the next sync step 2 carries them), waiting for a send token, or sent and not acknowledged.
 * A change leaves only when the server acknowledges the message that carried it.
 */
export class PendingChanges {
  private unsent = false;
  private outbox: Uint8Array[] = [];
  private readonly unacked = new Map<number, Uint8Array>();
  private nextId = 1;
  /** Local changes made since everything was last stored (kept while any of them is unsaved). */
  private changes = 0;

  get unsaved(): boolean {
    return this.unsent || this.outbox.length > 0 || this.unacked.size > 0;
  }

  /** How many of this person's changes the server has not stored yet (0 once all are stored). */
  get count(): number {
    return this.unsaved ? this.changes : 0;
  }

  /** One more local change; the count starts again after everything before it was stored. */
  private counted(): void {
    this.changes = this.unsaved ? this.changes + 1 : 1;
  }

  get waiting(): boolean {
    return this.outbox.length > 0;
  }

  /** A change made while no message can go: the next sync finds it in the document. */
  notSent(): void {
    this.counted();
    this.unsent = true;
  }

  /** A change to send as soon as the rate allows. */
  queue(update: Uint8Array): void {
    this.counted();
    this.outbox.push(update);
  }

  /** The connection is gone: what waited to be sent goes with the next sync instead. */
  connectionLost(): void {
    if (this.outbox.length) this.unsent = true;
    this.outbox = [];
  }

  /** The waiting changes as one update (none left waiting), or null. */
  takeWaiting(): Uint8Array | null {
    if (!this.outbox.length) return null;
    const update = merged(this.outbox);
    this.outbox = [];
    return update;
  }

  /**
   * A sync step 2 is about to carry everything the server lacks. Returns what was sent before but
   * never acknowledged, as one update, to send again (the server may hold it without having stored it).
   */
  syncing(): Uint8Array | null {
    const resend = [...this.unacked.values()];
    this.unacked.clear();
    this.outbox = [];
    this.unsent = false;
    return resend.length ? merged(resend) : null;
  }

  /** Remembers a change being sent; the id comes back with its acknowledgement. */
  sending(update: Uint8Array): number {
    const id = this.nextId++;
    this.unacked.set(id, update);
    return id;
  }

  /** Whether a message is still awaited (not merged into a later one since). */
  awaits(id: number): boolean {
    return this.unacked.has(id);
  }

  /** The message was stored, or will never be: forget it. */
  settled(id: number): void {
    this.unacked.delete(id);
  }

  /** Nothing of this will ever be stored (the person may only read): forget it all. */
  clear(): void {
    this.unacked.clear();
    this.outbox = [];
    this.unsent = false;
  }
}
