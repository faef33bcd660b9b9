/**
 * A stand-in owner of observation notes for tests (the lesson-study and mentoring features register
 * the real ones): registered on the running app's `NoteOwners` for one kind, it answers from a map the
 * test controls, so a test can open and close writing and flip "sees everyone" at will.
 */
import { randomUUID } from 'node:crypto';
import type { LookFor, ObservationOwnerKind } from '@switchback/shared';
import { NoteOwners, type NoteAccess, type NoteOwner } from '../../server/src/observe/note-owners.js';
import type { TestServer } from './harness.js';

export interface TestOwnerState {
  id: string;
  networkId: string;
  /** Who takes part; each may write while `write` is true. */
  participants: Set<string>;
  write: boolean;
  seeAll: boolean;
  lookFors: LookFor[];
}

export class TestNoteOwner implements NoteOwner {
  readonly owners = new Map<string, TestOwnerState>();

  create(networkId: string, participants: string[], lookFors: LookFor[] = []): TestOwnerState {
    const state: TestOwnerState = {
      id: randomUUID(),
      networkId,
      participants: new Set(participants),
      write: true,
      seeAll: false,
      lookFors,
    };
    this.owners.set(state.id, state);
    return state;
  }

  async access(userId: string, ownerId: string): Promise<NoteAccess | null> {
    const o = this.owners.get(ownerId);
    if (!o || !o.participants.has(userId)) return null;
    return { networkId: o.networkId, write: o.write, seeAll: o.seeAll, lookFors: o.lookFors };
  }

  async participants(ownerId: string): Promise<string[]> {
    return [...(this.owners.get(ownerId)?.participants ?? [])];
  }
}

/** Registers a test owner for `kind` on the server's note-owner registry (replacing the real one). */
export function registerTestNoteOwner(server: TestServer, kind: ObservationOwnerKind = 'LESSON_STUDY'): TestNoteOwner {
  const owner = new TestNoteOwner();
  server.app.get(NoteOwners).register(kind, owner);
  return owner;
}
