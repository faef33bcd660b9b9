import { describe, expect, it } from '@jest/globals';
import { NoteQueue, newNoteId, type NoteStore, type QueuedNote, type SendOutcome } from './note-queue';

class MemoryStore implements NoteStore {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const OWNER = '00000000-0000-4000-8000-000000000001';
const note = (id: string, body = `note ${id}`, ownerId = OWNER): QueuedNote => ({
  id,
  ownerKind: 'LESSON_STUDY',
  ownerId,
  mediaId: null,
  atSeconds: null,
  observedAt: '2026-12-01T10:00:00.000Z',
  lookForId: 'lf',
  studentGroup: null,
  body,
  writtenAt: '2026-12-01T10:00:00.000Z',
});

describe('the offline note queue', () => {
  it('keeps notes per person across a reload (a new queue over the same storage), by owner', () => {
    const store = new MemoryStore();
    const q = new NoteQueue('u1', store);
    expect(q.add(note('a'))).toBe(true);
    q.add(note('b', 'other owner', 'another-owner'));
    const reloaded = new NoteQueue('u1', store);
    expect(reloaded.of('LESSON_STUDY', OWNER).map((n) => n.id)).toEqual(['a']);
    expect(reloaded.all()).toHaveLength(2);
    expect(new NoteQueue('u2', store).all()).toEqual([]);
  });

  it('adding the same id again replaces the note instead of queueing it twice', () => {
    const q = new NoteQueue('u1', new MemoryStore());
    q.add(note('a', 'first'));
    q.add(note('a', 'edited'));
    expect(q.all().map((n) => n.body)).toEqual(['edited']);
  });

  it('sends oldest first, stops at the first offline answer and sends the rest next time', async () => {
    const q = new NoteQueue('u1', new MemoryStore());
    for (const id of ['a', 'b', 'c']) q.add(note(id));
    const sent: string[] = [];
    let online = false;
    const send = async (n: QueuedNote): Promise<SendOutcome> => {
      if (n.id === 'b' && !online) return { kind: 'offline' };
      sent.push(n.id);
      return { kind: 'sent' };
    };
    await q.flush(send);
    expect(sent).toEqual(['a']);
    expect(q.all().map((n) => n.id)).toEqual(['b', 'c']);
    online = true;
    await q.flush(send);
    expect(sent).toEqual(['a', 'b', 'c']);
    expect(q.all()).toEqual([]);
  });

  it('keeps a refused note with the reason and does not send it again', async () => {
    const q = new NoteQueue('u1', new MemoryStore());
    q.add(note('a'));
    q.add(note('b'));
    const tries: string[] = [];
    const send = async (n: QueuedNote): Promise<SendOutcome> => {
      tries.push(n.id);
      return n.id === 'a' ? { kind: 'refused', message: 'Notes cannot be added now.' } : { kind: 'sent' };
    };
    await q.flush(send);
    await q.flush(send);
    expect(tries).toEqual(['a', 'b']);
    expect(q.all()).toEqual([{ ...note('a'), refused: 'Notes cannot be added now.' }]);
  });

  it('a flush called while one runs waits for it: each note is sent once', async () => {
    const q = new NoteQueue('u1', new MemoryStore());
    q.add(note('a'));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    const send = async (): Promise<SendOutcome> => {
      calls += 1;
      await gate;
      return { kind: 'sent' };
    };
    const first = q.flush(send);
    const second = q.flush(send);
    release();
    await Promise.all([first, second]);
    expect(calls).toBe(1);
  });

  it('says when the browser will not store a note, and reads a damaged entry as empty', () => {
    const store = new MemoryStore();
    const q = new NoteQueue('u1', store);
    store.full = true;
    expect(q.add(note('a'))).toBe(false);
    store.full = false;
    store.items.set('switchback:observation-notes:u1', '{not json');
    expect(q.all()).toEqual([]);
    expect(new NoteQueue('u1', null).add(note('a'))).toBe(false);
  });

  it('makes version-4 UUIDs, also without crypto.randomUUID', () => {
    const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const bare = {
      getRandomValues: <T extends ArrayBufferView | null>(a: T) => crypto.getRandomValues(a as never) as T,
    };
    const ids = new Set(Array.from({ length: 50 }, () => newNoteId(bare)));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(v4);
    expect(newNoteId()).toMatch(v4);
  });
});
