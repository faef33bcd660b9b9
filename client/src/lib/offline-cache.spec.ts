import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { gql } from '@apollo/client';
import {
  cachedViewerId,
  forgetOfflineCache,
  keepCacheOffline,
  ObservedCache,
  type KeyValueStore,
} from './offline-cache';

/** localStorage's interface over a Map. */
class MemoryStorage implements KeyValueStore {
  readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const VIEWER = gql`
  query Viewer {
    me {
      id
      displayName
    }
  }
`;
const UNIT = gql`
  query Unit($id: ID!) {
    unit(id: $id) {
      id
      title
    }
  }
`;

function me(id: string, displayName = `Person ${id}`) {
  return { me: { __typename: 'User', id, displayName } };
}
function unit(id: string, title: string) {
  return { unit: { __typename: 'Unit', id, title } };
}

describe('keepCacheOffline', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('saves the signed-in person’s data shortly after a change, and a new cache starts with it', () => {
    jest.useFakeTimers();
    const storage = new MemoryStorage();
    const cache = new ObservedCache();
    keepCacheOffline(cache, { storage, saveDelayMs: 500 });
    cache.writeQuery({ query: VIEWER, data: me('u1', 'Ana') });
    cache.writeQuery({ query: UNIT, variables: { id: 'x' }, data: unit('x', 'Watersheds') });
    expect(storage.length).toBe(0);
    jest.advanceTimersByTime(500);
    expect([...storage.items.keys()].sort()).toEqual(['switchback:offline-cache-owner', 'switchback:offline-cache:u1']);

    const next = new ObservedCache();
    const kept = keepCacheOffline(next, { storage });
    expect(kept.owner).toBe('u1');
    expect(next.readQuery({ query: VIEWER })).toEqual(me('u1', 'Ana'));
    expect(next.readQuery({ query: UNIT, variables: { id: 'x' } })).toEqual(unit('x', 'Watersheds'));
  });

  it('deletes the snapshot when the cache says nobody is signed in (sign-out, ended session)', async () => {
    const storage = new MemoryStorage();
    const cache = new ObservedCache();
    const kept = keepCacheOffline(cache, { storage });
    cache.writeQuery({ query: VIEWER, data: me('u1') });
    kept.flush();
    expect(storage.getItem('switchback:offline-cache:u1')).toContain('Person u1');

    await cache.reset();
    cache.writeQuery({ query: VIEWER, data: { me: null } });
    kept.flush();
    expect(storage.length).toBe(0);
    kept.stop();
  });

  it('keeps one person’s snapshot only: the next person to sign in replaces it', async () => {
    const storage = new MemoryStorage();
    const cache = new ObservedCache();
    const kept = keepCacheOffline(cache, { storage });
    cache.writeQuery({ query: VIEWER, data: me('u1') });
    kept.flush();
    // Signing in empties the cache first.
    await cache.reset();
    cache.writeQuery({ query: VIEWER, data: me('u2') });
    kept.flush();
    expect([...storage.items.keys()].sort()).toEqual(['switchback:offline-cache-owner', 'switchback:offline-cache:u2']);
    expect(storage.getItem('switchback:offline-cache-owner')).toBe('u2');
    kept.stop();
  });

  it('never saves one person’s data under another’s name: the cache is emptied instead', () => {
    const storage = new MemoryStorage();
    const first = new ObservedCache();
    const kept = keepCacheOffline(first, { storage });
    first.writeQuery({ query: VIEWER, data: me('u1') });
    first.writeQuery({ query: UNIT, variables: { id: 'x' }, data: unit('x', 'Ana’s draft') });
    kept.flush();
    kept.stop();

    // The page reloads with u1's snapshot, but the server now says u2 is signed in (another tab).
    const cache = new ObservedCache();
    const onForeignData = jest.fn();
    const restored = keepCacheOffline(cache, { storage, onForeignData });
    cache.writeQuery({ query: VIEWER, data: me('u2') });
    restored.flush();
    expect(onForeignData).toHaveBeenCalledTimes(1);
    expect(storage.length).toBe(0);
    restored.stop();
  });

  it('keeps no snapshot at all when it is too large', () => {
    const storage = new MemoryStorage();
    const cache = new ObservedCache();
    const kept = keepCacheOffline(cache, { storage, maxChars: 400 });
    cache.writeQuery({ query: VIEWER, data: me('u1') });
    kept.flush();
    expect(storage.getItem('switchback:offline-cache:u1')).not.toBeNull();
    cache.writeQuery({ query: UNIT, variables: { id: 'x' }, data: unit('x', 'A'.repeat(500)) });
    kept.flush();
    expect(storage.length).toBe(0);
    kept.stop();
  });

  it('ignores snapshots it cannot trust', () => {
    const storage = new MemoryStorage();
    storage.setItem('switchback:offline-cache-owner', 'u1');
    storage.setItem('switchback:offline-cache:u1', '{not json');
    const cache = new ObservedCache();
    keepCacheOffline(cache, { storage }).stop();
    expect(cache.extract()).toEqual({});
    expect(storage.length).toBe(0);

    // A snapshot whose data belongs to someone other than its name says.
    const other = new ObservedCache();
    other.writeQuery({ query: VIEWER, data: me('u2') });
    storage.setItem('switchback:offline-cache-owner', 'u1');
    storage.setItem('switchback:offline-cache:u1', JSON.stringify({ format: 1, userId: 'u1', data: other.extract() }));
    const fresh = new ObservedCache();
    keepCacheOffline(fresh, { storage }).stop();
    expect(fresh.extract()).toEqual({});
  });

  it('forgetOfflineCache deletes only its own keys', () => {
    const storage = new MemoryStorage();
    storage.setItem('switchback:offline-cache:u1', '{}');
    storage.setItem('switchback:offline-cache-owner', 'u1');
    storage.setItem('switchback:lastNetwork', 'valley');
    forgetOfflineCache(storage);
    expect([...storage.items.keys()]).toEqual(['switchback:lastNetwork']);
  });
});

describe('cachedViewerId', () => {
  it('reads who the cache belongs to', () => {
    const cache = new ObservedCache();
    expect(cachedViewerId(cache.extract())).toBeUndefined();
    cache.writeQuery({ query: VIEWER, data: me('42') });
    expect(cachedViewerId(cache.extract())).toBe('42');
    cache.writeQuery({ query: VIEWER, data: { me: null } });
    expect(cachedViewerId(cache.extract())).toBeNull();
  });
});
