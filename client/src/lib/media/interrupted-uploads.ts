/**
 * Uploads of one owner that stopped before they finished (a reload, a closed tab), as tus-js-client
 * left them in localStorage: read directly, so the page can say "pick the same file to continue"
 * without loading the upload library first.
 */
import type { UploadTarget } from './resumable-upload';

/** tus-js-client's key prefix in localStorage (`tus::<fingerprint>::<random>`). */
const TUS_PREFIX = 'tus::';

export interface InterruptedUpload {
  filename: string;
  size: number | null;
  startedAt: string;
}

type KeyedStorage = Pick<Storage, 'length' | 'key' | 'getItem'>;

export function interruptedUploads(target: UploadTarget, storage: KeyedStorage | null): InterruptedUpload[] {
  if (!storage) return [];
  const prefix = `${TUS_PREFIX}switchback:${target.ownerKind}:${target.ownerId}:`;
  const found: InterruptedUpload[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(prefix)) continue;
    try {
      const stored = JSON.parse(storage.getItem(key) ?? '') as {
        size?: number | null;
        metadata?: Record<string, string>;
        creationTime?: string;
      };
      found.push({
        filename: stored.metadata?.filename ?? 'a video',
        size: typeof stored.size === 'number' ? stored.size : null,
        startedAt: stored.creationTime ?? '',
      });
    } catch {
      // Not ours to judge: tus-js-client skips entries it cannot read, and so do we.
    }
  }
  return found.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

/** localStorage, or null where it is not available (private windows of some browsers). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
