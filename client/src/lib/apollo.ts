import { ApolloClient, ApolloLink, HttpLink, type FieldPolicy } from '@apollo/client';
import { tap } from 'rxjs';
import { isUnreachableError, reportApiReachable } from './connectivity';
import { keepCacheOffline, ObservedCache } from './offline-cache';

interface MemberPage {
  nodes: unknown[];
  pageInfo: unknown;
  totalCount: number;
}

/** "Load more" appends the next page (`after`) to the list for the same key arguments. */
function appendPages(keyArgs: string[] | false): FieldPolicy<MemberPage> {
  return {
    keyArgs,
    merge(existing, incoming, { args, readField }) {
      if (!existing || !args?.after) return incoming;
      const seen = new Set(existing.nodes.map((n) => readField<string>('id', n as never)));
      const fresh = incoming.nodes.filter((n) => !seen.has(readField<string>('id', n as never)));
      return { ...incoming, nodes: [...existing.nodes, ...fresh] };
    },
  };
}

/**
 * A group's posts, newest first. Older pages come with `after`; a fresh first page (a refetch after a
 * live update) replaces the newest posts and keeps the older pages already loaded below it.
 */
const groupPosts: FieldPolicy<MemberPage & { pageInfo: { hasNextPage: boolean } }> = {
  keyArgs: false,
  merge(existing, incoming, { args, readField }) {
    if (!existing) return incoming;
    const id = (n: unknown) => readField<string>('id', n as never);
    const createdAt = (n: unknown) => readField<string>('createdAt', n as never) ?? '';
    if (args?.after) {
      const seen = new Set(existing.nodes.map(id));
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes.filter((n) => !seen.has(id(n)))] };
    }
    const last = incoming.nodes.at(-1);
    if (!last || !incoming.pageInfo.hasNextPage) return incoming;
    const fresh = new Set(incoming.nodes.map(id));
    const oldest = createdAt(last);
    const older = existing.nodes.filter((n) => !fresh.has(id(n)) && createdAt(n) < oldest);
    return older.length ? { ...incoming, nodes: [...incoming.nodes, ...older], pageInfo: existing.pageInfo } : incoming;
  },
};

/** Notes whether each request reached the API, for the offline notice. */
const connectivityLink = new ApolloLink((operation, forward) =>
  forward(operation).pipe(
    tap({
      next: () => reportApiReachable(true),
      error: (error: unknown) => reportApiReachable(!isUnreachableError(error)),
    }),
  ),
);

/**
 * One Apollo Client for the whole app; the session is an httpOnly cookie on the same origin. The
 * cache is kept on this device (offline-cache.ts), so pages show what they last saw without the
 * network, and everything shown is refreshed when the network comes back.
 */
export function createApolloClient(): ApolloClient {
  const cache = createCache();
  const client = new ApolloClient({
    link: ApolloLink.from([connectivityLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache,
  });
  keepCacheOffline(cache, { onForeignData: () => void client.resetStore().catch(() => undefined) });
  window.addEventListener('online', () => void client.refetchObservableQueries().catch(() => undefined));
  return client;
}

function createCache(): ObservedCache {
  return new ObservedCache({
    typePolicies: {
      Query: {
        fields: {
          // "Load more" appends the next page to the list for the same filters.
          members: {
            keyArgs: ['networkId', 'search', 'role', 'schoolId', 'status', 'first'],
            merge(existing: MemberPage | undefined, incoming: MemberPage, { args }) {
              if (!existing || !args?.after) return incoming;
              return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
            },
          },
          groups: appendPages(['networkId', 'filter', 'first']),
          notifications: appendPages(['first']),
          auditLog: appendPages(['networkId', 'action', 'first']),
          jobAlikes: { merge: false },
          isolatedMembers: { merge: false },
        },
      },
      Group: { fields: { posts: groupPosts } },
      Post: { fields: { links: { merge: false } } },
      JobAlike: { keyFields: false },
      // A section's id names it in the template ('goals'), not one unit's: kept inside its unit or
      // version, never shared between units in the cache.
      UnitSectionContent: { keyFields: false },
      Unit: { fields: { sections: { merge: false } } },
      UnitRevision: { fields: { sections: { merge: false } } },
      IsolatedMember: { keyFields: false },
      Network: { fields: { schools: { merge: false } } },
      Outbox: { keyFields: false },
      InvitationPreview: { keyFields: false },
      RosterEntry: { keyFields: ['studentId'] },
      StudentDataSummary: { keyFields: false },
    },
  });
}
