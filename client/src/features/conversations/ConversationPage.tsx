import { useEffect, useRef, useState } from 'react';
import { Anchor, Box, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { CONVERSATION_LIMITS } from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import { errorCode, toApiError, type ApiError } from '../../lib/errors';
import { formatWhen } from '../../lib/format';
import { useConversationLive } from '../../lib/live';
import { useNetwork, useViewerTimeZone } from '../network/context';
import { conversationName, othersWithSchools } from './names';
import {
  ConversationQuery,
  MarkConversationReadMutation,
  SendMessageMutation,
  UnreadConversationCountQuery,
} from './operations';

const PAGE = 50;

/** One conversation: its messages (new ones arrive live) and a box to write the next one. */
export function ConversationPage() {
  const { conversationId = '' } = useParams();
  const { network, viewer } = useNetwork();
  const timeZone = useViewerTimeZone();
  const { data, loading, error, refetch, fetchMore } = useQuery(ConversationQuery, {
    variables: { id: conversationId, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead] = useMutation(MarkConversationReadMutation, {
    refetchQueries: [{ query: UnreadConversationCountQuery, variables: { networkId: network.id } }],
  });
  const [send, sending] = useMutation(SendMessageMutation);
  const [body, setBody] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [sendError, setSendError] = useState<ApiError | null>(null);
  const [loadingEarlier, setLoadingEarlier] = useState(false);
  const endRef = useRef<HTMLDivElement>(null);
  const conversation = data?.conversation;
  const unread = conversation?.unreadCount ?? 0;

  // Reading the page reads the conversation: what arrives while it is open is read at once.
  useEffect(() => {
    if (unread > 0 && document.visibilityState !== 'hidden')
      void markRead({ variables: { conversationId } }).catch(() => undefined);
  }, [unread, conversationId, markRead]);

  useConversationLive(
    (payload) => {
      if (payload.conversationId === conversationId) void refetch();
    },
    () => void refetch(),
  );

  const nodes = conversation?.messages.nodes ?? [];
  const lastId = nodes[0]?.id;
  useEffect(() => {
    endRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [lastId]);

  if (loading && !conversation) return <PageLoader label="Loading the conversation…" />;
  if (!conversation) {
    if (errorCode(error) === 'NOT_FOUND')
      return (
        <Stack>
          <PageTitle>Conversation not found</PageTitle>
          <Text>This conversation does not exist, or you are no longer in it.</Text>
          <Anchor component={Link} to={`/n/${network.slug}/messages`}>
            Back to your messages
          </Anchor>
        </Stack>
      );
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }

  const name = conversationName(conversation, viewer.id);
  const messages = [...nodes].reverse();

  const submit = async () => {
    setSendError(null);
    const text = body;
    if (!text.trim()) return setFieldError('Write a message to send.');
    if (text.length > CONVERSATION_LIMITS.bodyMax)
      return setFieldError(`Messages are at most ${CONVERSATION_LIMITS.bodyMax} characters.`);
    setFieldError(null);
    try {
      await send({ variables: { input: { conversationId, body: text } } });
      setBody('');
      await refetch();
    } catch (e) {
      const api = toApiError(e);
      if (api.fieldErrors.body) setFieldError(api.fieldErrors.body);
      else setSendError(api);
    }
  };

  const loadEarlier = async () => {
    setLoadingEarlier(true);
    try {
      await fetchMore({
        variables: { after: conversation.messages.pageInfo.endCursor },
        updateQuery: (prev, { fetchMoreResult }) =>
          fetchMoreResult
            ? {
                conversation: {
                  ...fetchMoreResult.conversation,
                  messages: {
                    ...fetchMoreResult.conversation.messages,
                    nodes: [...prev.conversation.messages.nodes, ...fetchMoreResult.conversation.messages.nodes],
                  },
                },
              }
            : prev,
      });
    } finally {
      setLoadingEarlier(false);
    }
  };

  return (
    <Stack maw={760} w="100%">
      <Anchor component={Link} to={`/n/${network.slug}/messages`} size="sm">
        ← All messages
      </Anchor>
      <Stack gap={2}>
        <PageTitle>{name}</PageTitle>
        <Text size="sm" c="dimmed" className="break-anywhere">
          With {othersWithSchools(conversation, viewer.id) || 'no one else'}
        </Text>
      </Stack>
      {conversation.messages.pageInfo.hasNextPage && (
        <Button variant="subtle" onClick={() => void loadEarlier()} loading={loadingEarlier} mih={44}>
          Show earlier messages
        </Button>
      )}
      {/* A log (new messages are read out politely) around the list, which keeps its list semantics. */}
      <Box role="log" aria-live="polite" aria-label={`Messages with ${name}`}>
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {messages.length === 0 && (
            <Text component="li" c="dimmed">
              No messages yet: write the first one below.
            </Text>
          )}
          {messages.map((m) => (
            <Box
              component="li"
              key={m.id}
              style={{ alignSelf: m.mine ? 'flex-end' : 'flex-start', maxWidth: 'min(100%, 560px)' }}
            >
              <Paper
                withBorder
                radius="md"
                p="sm"
                bg={m.mine ? 'var(--mantine-color-blue-0)' : undefined}
                data-testid="conversation-message"
              >
                <Group gap="xs" justify="space-between" wrap="wrap">
                  <Text size="sm" fw={700}>
                    {m.mine ? 'You' : m.author.displayName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatWhen(m.createdAt as string, timeZone)}
                  </Text>
                </Group>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
                  {m.body}
                </Text>
              </Paper>
            </Box>
          ))}
        </Stack>
      </Box>
      <div ref={endRef} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="xs">
          <FormAlert error={sendError} />
          <Textarea
            label="Your message"
            description="Ctrl+Enter (⌘+Enter on a Mac) sends."
            autosize
            minRows={2}
            maxRows={8}
            value={body}
            error={fieldError}
            onChange={(e) => setBody(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void submit();
              }
            }}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={sending.loading} mih={44}>
              Send
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
