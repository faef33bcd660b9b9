import { AsyncLocalStorage } from 'node:async_hooks';
import type { Membership } from '../networks/membership.entity.js';

/**
 * What the access kernel remembers for the length of one request: the caller's active memberships,
 * loaded once (one query for all their networks) the first time any check needs them.
 */
export interface RequestScope {
  userId: string | null;
  memberships?: Promise<Map<string, Membership>>;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();
