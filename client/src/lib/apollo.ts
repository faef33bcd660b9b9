import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

interface MemberPage {
  nodes: unknown[];
  pageInfo: unknown;
  totalCount: number;
}

/** One Apollo Client for the whole app; the session is an httpOnly cookie on the same origin. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache({
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
          },
        },
        Network: { fields: { schools: { merge: false } } },
        Outbox: { keyFields: false },
        InvitationPreview: { keyFields: false },
        RosterEntry: { keyFields: ['studentId'] },
      },
    }),
  });
}
