import { Badge, Button, Card, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import { formatWhen, plural } from '../../lib/format';
import { useConversationLive } from '../../lib/live';
import { useNetwork, useViewerTimeZone } from '../network/context';
import { NewConversationModal } from './NewConversationModal';
import { conversationName, othersWithSchools } from './names';
import { ConversationsQuery } from './operations';

/** The person's conversations in this network, the most recent first, kept current live. */
export function ConversationsPage() {
  const { network, viewer } = useNetwork();
  const timeZone = useViewerTimeZone();
  const [composing, { open, close }] = useDisclosure(false);
  const { data, loading, error, refetch } = useQuery(ConversationsQuery, {
    variables: { networkId: network.id },
    fetchPolicy: 'cache-and-network',
  });
  useConversationLive(
    () => void refetch(),
    () => void refetch(),
  );

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <PageTitle>Messages</PageTitle>
        <Button onClick={open}>New conversation</Button>
      </Group>
      <Text>
        Talk directly with teachers, principals and coordinators of {network.name}, one to one or in a small group.
      </Text>
      {loading && !data ? (
        <PageLoader label="Loading your conversations…" />
      ) : !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : data.conversations.length === 0 ? (
        <Card withBorder radius="md" padding="md">
          <Text fw={600}>No conversations yet</Text>
          <Text size="sm">
            Start one with “New conversation”, or with “Send a message” next to a job-alike on your home page.
          </Text>
        </Card>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Your conversations">
          {data.conversations.map((c) => {
            const name = conversationName(c, viewer.id);
            const last = c.lastMessage;
            return (
              <li key={c.id}>
                <UnstyledButton
                  component={Link}
                  to={`/n/${network.slug}/messages/${c.id}`}
                  className="conversation-row"
                  w="100%"
                  p="sm"
                  mih={44}
                  style={{
                    border: '1px solid var(--mantine-color-gray-3)',
                    borderRadius: 'var(--mantine-radius-md)',
                    display: 'block',
                  }}
                >
                  <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Text fw={c.unreadCount ? 800 : 600} className="break-anywhere">
                        {name}
                      </Text>
                      {c.title && (
                        <Text size="xs" c="dimmed" className="break-anywhere">
                          {othersWithSchools(c, viewer.id)}
                        </Text>
                      )}
                      {!c.title && (
                        <Text size="xs" c="dimmed" className="break-anywhere">
                          {c.participants
                            .filter((p) => p.user.id !== viewer.id)
                            .map((p) => p.school?.name)
                            .filter(Boolean)
                            .join(', ')}
                        </Text>
                      )}
                      {last && (
                        <Text size="sm" lineClamp={2} className="break-anywhere">
                          {last.mine ? 'You' : last.author.displayName}: {last.body}
                        </Text>
                      )}
                    </Stack>
                    <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
                      <Text size="xs" c="dimmed">
                        {formatWhen(c.lastMessageAt as string, timeZone)}
                      </Text>
                      {c.unreadCount > 0 && (
                        <Badge color="red" aria-label={plural(c.unreadCount, 'unread message')}>
                          {c.unreadCount}
                        </Badge>
                      )}
                    </Stack>
                  </Group>
                </UnstyledButton>
              </li>
            );
          })}
        </Stack>
      )}
      <NewConversationModal opened={composing} onClose={close} />
    </Stack>
  );
}
