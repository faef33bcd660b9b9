import { AsyncLocalStorage } from 'node:async_hooks';
import type { Membership } from '../networks/membership.entity.js';

/**
 * What the access kernel remembers for the length of one request: the caller's active memberships,
 * loaded once (one query for all their networks) the first time any check needs them.
 *
 * The session middleware reads them with the session (`prefetched`); they stand in for that first
 * load only once the request is known to be a GraphQL query (`readOnly`, set when the operation is
 * resolved: `read-only-operations.plugin.ts`). A query changes no membership, so the rows read at
 * the start of the request are what the first check would have read. Mutations and REST routes (which
 * may add or change the caller's memberships before their first check) load them at first use, as
 * before.
 */
export interface RequestScope {
  userId: string | null;
  memberships?: Promise<Map<string, Membership>>;
  prefetched?: Membership[];
  readOnly?: boolean;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();
