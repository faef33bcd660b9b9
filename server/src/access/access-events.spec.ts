import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AccessChange } from '@switchback/shared';
import { startServer, type TestServer } from '../../../test/support/harness.js';
import { AccessEvents } from './access-events.js';

describe('AccessEvents', () => {
  let server: TestServer;
  let events: AccessEvents;
  const heard: AccessChange[] = [];
  let unsubscribe: () => void;
  beforeAll(async () => {
    server = await startServer();
    events = server.app.get(AccessEvents);
    unsubscribe = events.subscribe((c) => void heard.push(c));
  });
  afterAll(async () => {
    unsubscribe();
    await server.close();
  });

  const change = (userId: string): AccessChange => ({ kind: 'user', userId });

  it('delivers a change published outside a transaction at once', () => {
    heard.length = 0;
    events.publishAfterCommit(undefined, change('now'));
    events.publishAfterCommit(server.db.manager, change('no-transaction'));
    expect(heard).toEqual([change('now'), change('no-transaction')]);
  });

  it('holds a change published inside a transaction until it commits', async () => {
    heard.length = 0;
    await server.db.transaction(async (m) => {
      events.publishAfterCommit(m, change('committed'));
      await m.query('SELECT 1');
      // A nested transaction (a savepoint) releasing does not publish either.
      await m.transaction(async (inner) => {
        events.publishAfterCommit(inner, change('nested'));
        await inner.query('SELECT 1');
      });
      expect(heard).toEqual([]);
    });
    expect(heard).toEqual([change('committed'), change('nested')]);
  });

  it('drops a change whose transaction rolls back', async () => {
    heard.length = 0;
    await expect(
      server.db.transaction(async (m) => {
        events.publishAfterCommit(m, change('rolled-back'));
        await m.query('SELECT 1');
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await server.db.transaction(async (m) => {
      await m.query('SELECT 1');
    });
    expect(heard).toEqual([]);
  });
});
