import { InMemoryCache, type NormalizedCacheObject } from '@apollo/client';

/**
 * The Apollo cache kept in localStorage, so pages show what this device last saw when the network
 * is gone (a page reloaded offline included). One snapshot, of the signed-in person's data only:
 * - it is saved shortly after the cache changes (and when the page is hidden), while a person is
 *   signed in (`me` in the cache), under a key naming them;
 * - it is restored at start-up, before the first query, and the queries refresh it from the server;
 * - it is deleted when nobody is signed in any more (sign-out writes `me: null`, and so does the
 *   server's answer for an ended session), and when another person's data arrives;
 * - a snapshot too large for localStorage is not kept at all rather than kept out of date.
 */

const KEY_PREFIX = 'switchback:offline-cache:';
/** Whose snapshot to restore at start-up. */
const OWNER_KEY = 'switchback:offline-cache-owner';
/** Bumped when the snapshot's shape changes: older snapshots are then ignored. */
const FORMAT = 1;
const SAVE_DELAY_MS = 1000;
/** localStorage holds about 5 million characters per site in most browsers; leave room for the rest. */
export const MAX_SNAPSHOT_CHARS = 2_000_000;

interface Snapshot {
  format: number;
  userId: string;
  data: NormalizedCacheObject;
}

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** An InMemoryCache that says when it changes and when it is emptied. */
export class ObservedCache extends InMemoryCache {
  onChange?: () => void;
  onReset?: () => void;

  protected override broadcastWatches(...args: Parameters<InMemoryCache['broadcastWatches']>): void {
    super.broadcastWatches(...args);
    this.onChange?.();
  }

  override reset(...args: Parameters<InMemoryCache['reset']>): Promise<void> {
    this.onReset?.();
    return super.reset(...args);
  }
}

/**
 * Who the cached data belongs to: the id of `me`, null when the cache says nobody is signed in,
 * undefined when it does not say.
 */
export function cachedViewerId(data: NormalizedCacheObject): string | null | undefined {
  const me = data.ROOT_QUERY?.me as { __ref?: string } | null | undefined;
  if (me === null) return null;
  const ref = me?.__ref;
  if (!ref) return undefined;
  const id = (data[ref] as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

function browserStorage(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Storage disabled by the browser's settings.
  }
}

/** Deletes every kept snapshot (at sign-out; also done when the cache says nobody is signed in). */
export function forgetOfflineCache(storage: KeyValueStore | null = browserStorage()): void {
  if (!storage) return;
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(KEY_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
    storage.removeItem(OWNER_KEY);
  } catch {
    // Nothing kept, or nothing that can be deleted.
  }
}

export interface OfflineCacheOptions {
  storage?: KeyValueStore | null;
  /** The cache holds another person's data next to the signed-in person's: empty it and refetch. */
  onForeignData?: () => void;
  saveDelayMs?: number;
  maxChars?: number;
}

export interface OfflineCache {
  /** The person whose data the cache holds, as far as known. */
  readonly owner: string | null;
  /** Saves now instead of after the delay. */
  flush(): void;
  stop(): void;
}

/** Restores the kept snapshot into the cache, then keeps saving the cache as it changes. */
export function keepCacheOffline(cache: ObservedCache, options: OfflineCacheOptions = {}): OfflineCache {
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const delay = options.saveDelayMs ?? SAVE_DELAY_MS;
  const maxChars = options.maxChars ?? MAX_SNAPSHOT_CHARS;
  let owner: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const restore = () => {
    if (!storage) return;
    try {
      const userId = storage.getItem(OWNER_KEY);
      const raw = userId ? storage.getItem(KEY_PREFIX + userId) : null;
      if (!userId || !raw) return;
      const snapshot = JSON.parse(raw) as Snapshot;
      if (snapshot.format !== FORMAT || snapshot.userId !== userId || cachedViewerId(snapshot.data) !== userId) {
        forgetOfflineCache(storage);
        return;
      }
      cache.restore(snapshot.data);
      owner = userId;
    } catch {
      forgetOfflineCache(storage);
    }
  };

  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!storage) return;
    const data = cache.extract();
    const userId = cachedViewerId(data);
    if (userId === undefined) return;
    if (userId === null) {
      forgetOfflineCache(storage);
      return;
    }
    if (owner !== null && owner !== userId) {
      // Someone else signed in (in another tab) while this one showed the last person's data.
      owner = null;
      forgetOfflineCache(storage);
      options.onForeignData?.();
      return;
    }
    owner = userId;
    const raw = JSON.stringify({ format: FORMAT, userId, data } satisfies Snapshot);
    try {
      if (raw.length > maxChars) throw new Error('too large');
      forgetOthers(storage, userId);
      storage.setItem(KEY_PREFIX + userId, raw);
      storage.setItem(OWNER_KEY, userId);
    } catch {
      // Too large, or storage full: an out-of-date snapshot would be wrong, so none is kept.
      forgetOfflineCache(storage);
    }
  };

  const schedule = () => {
    if (!timer) timer = setTimeout(save, delay);
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') save();
  };

  restore();
  cache.onChange = schedule;
  cache.onReset = () => {
    // Emptied on sign-in and sign-out: whoever comes next owns what is cached after.
    owner = null;
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onHidden);
  }

  return {
    get owner() {
      return owner;
    },
    flush: save,
    stop() {
      clearTimeout(timer);
      cache.onChange = undefined;
      cache.onReset = undefined;
      if (typeof window !== 'undefined') {
        window.removeEventListener('pagehide', save);
        document.removeEventListener('visibilitychange', onHidden);
      }
    },
  };
}

/** Deletes other people's snapshots: only the signed-in person's is ever kept. */
function forgetOthers(storage: KeyValueStore, userId: string): void {
  const mine = KEY_PREFIX + userId;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(KEY_PREFIX) && key !== mine) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}
