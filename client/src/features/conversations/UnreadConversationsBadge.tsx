import { Badge } from '@mantine/core';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useConversationLive } from '../../lib/live';
import { UnreadConversationCountQuery } from './operations';

/** The number of conversations with unread messages, for the navigation; kept current live. */
export function UnreadConversationsBadge({ networkId }: { networkId: string }) {
  const client = useApolloClient();
  const { data, refetch } = useQuery(UnreadConversationCountQuery, {
    variables: { networkId },
    fetchPolicy: 'cache-and-network',
  });
  useConversationLive(
    (payload) =>
      client.writeQuery({
        query: UnreadConversationCountQuery,
        variables: { networkId },
        data: { unreadConversationCount: payload.unreadConversations },
      }),
    () => void refetch(),
  );
  const count = data?.unreadConversationCount ?? 0;
  if (count === 0) return null;
  return (
    <Badge color="red" size="sm" circle={count < 10} data-testid="unread-conversations">
      {count}
      <span className="visually-hidden"> unread</span>
    </Badge>
  );
}
