import { describe, expect, it } from '@jest/globals';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { stampAwareness, type PresenceUser } from './presence-stamp.js';

const me: PresenceUser = { id: 'u-me', name: 'Rita Reader', color: '#1864ab' };

/** An awareness update of one client with `state`, as a browser would send it. */
function updateOf(state: Record<string, unknown> | null, clientID = 7): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(state);
  const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [clientID]);
  awareness.destroy();
  return update;
}

/** What the others receive: the states of the stamped update, by client id. */
function received(update: Uint8Array): Map<number, unknown> {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awarenessProtocol.applyAwarenessUpdate(awareness, update, 'test');
  const states = new Map(awareness.getStates());
  states.delete(awareness.clientID);
  awareness.destroy();
  return states;
}

describe('stampAwareness', () => {
  it("replaces the claimed identity with the socket's and keeps only section and carets", () => {
    const caret = { anchor: { type: null, tname: 'goals', item: null, assoc: 0 }, head: null };
    const stamped = stampAwareness(
      updateOf({
        user: { id: 'someone-else', name: 'Principal <b>Skinner</b>', color: 'red' },
        section: 'goals',
        'cursor:goals': caret,
        banner: 'Click here',
      }),
      me,
      () => true,
    );
    expect(stamped?.clientIds).toEqual([7]);
    expect(received(stamped!.update).get(7)).toEqual({ user: me, section: 'goals', 'cursor:goals': caret });
  });

  it('drops a section that is not a short string, and carets that are not objects', () => {
    const stamped = stampAwareness(
      updateOf({ section: 'x'.repeat(500), 'cursor:a': 'text', cursor: [1] }),
      me,
      () => true,
    );
    expect(received(stamped!.update).get(7)).toEqual({ user: me, section: null });
  });

  it('gives a state that is not an object only the identity', () => {
    const doc = new Y.Doc();
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState({});
    const update = awarenessProtocol.modifyAwarenessUpdate(
      awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]),
      () => 'just text',
    );
    awareness.destroy();
    expect(received(stampAwareness(update, me, () => true)!.update).get(doc.clientID)).toEqual({
      user: me,
      section: null,
    });
  });

  it('leaves out the clients the socket may not speak for', () => {
    expect(stampAwareness(updateOf({ section: 'goals' }, 9), me, (id) => id !== 9)).toBeNull();
  });

  it('keeps a removal a removal', () => {
    const doc = new Y.Doc();
    doc.clientID = 5;
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState(null);
    const stamped = stampAwareness(awarenessProtocol.encodeAwarenessUpdate(awareness, [5]), me, () => true);
    awareness.destroy();
    expect(stamped?.clientIds).toEqual([5]);
    const decoded = awarenessProtocol.modifyAwarenessUpdate(stamped!.update, (state: unknown) => {
      expect(state).toBeNull();
      return state;
    });
    expect(decoded).toEqual(stamped!.update);
  });

  it('throws on bytes that are not an awareness update', () => {
    expect(() => stampAwareness(new Uint8Array([1, 2, 3]), me, () => true)).toThrow();
  });
});
