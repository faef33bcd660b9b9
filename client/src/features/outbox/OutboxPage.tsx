import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Collapse,
  CopyButton,
  Group,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import type { OutboxQuery as OutboxData } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { useNetwork } from '../network/context';
import { OutboxQuery } from './operations';
import '../../components/lazy-styles';

type Message = OutboxData['outbox']['messages'][number];

const STATUS_COLORS: Record<string, string> = { SENT: 'green', STORED: 'blue', PENDING: 'yellow', FAILED: 'red' };
const STATUS_LABELS: Record<string, string> = {
  SENT: 'Sent',
  STORED: 'Kept here',
  PENDING: 'Sending',
  FAILED: 'Failed',
};
const KIND_LABELS: Record<string, string> = { INVITATION: 'Invitation', CONVENING_REMINDER: 'Convening reminder' };

function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind.charAt(0) + kind.slice(1).toLowerCase().replace(/_/g, ' ');
}

export function OutboxPage() {
  const { network } = useNetwork();
  const { data, loading, error, refetch } = useQuery(OutboxQuery, {
    variables: { networkId: network.id, first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  const outbox = data?.outbox;
  const messages = outbox ? [...outbox.messages].sort((a, b) => b.createdAt.localeCompare(a.createdAt)) : [];

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <PageTitle>Outbox</PageTitle>
        <Button variant="default" onClick={() => void refetch()} loading={loading && Boolean(data)}>
          Refresh
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        Emails Switchback sent for {network.name}, newest first.
      </Text>
      {outbox && !outbox.smtpConfigured && (
        <Alert color="blue" variant="light" title="Emails are kept here">
          No mail server is set up, so emails are kept here. Copy the link to the person. Password reset links are never
          kept here: they go to the server log only, for whoever runs Switchback.
        </Alert>
      )}
      {!outbox && loading ? (
        <PageLoader label="Loading the outbox…" />
      ) : !outbox ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : messages.length === 0 ? (
        <Text>
          No emails yet. Invitations and reminders appear here; personal mail (password resets, digests) never does.
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Messages">
          {messages.map((m) => (
            <OutboxItem key={m.id} message={m} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function OutboxItem({ message: m }: { message: Message }) {
  const [open, setOpen] = useState(false);
  const bodyId = `outbox-body-${m.id}`;
  return (
    <Paper component="li" withBorder radius="md" p="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h5" style={{ flex: '1 1 16rem' }}>
            {m.subject}
          </Title>
          <Group gap={6}>
            <Badge variant="light" color="gray">
              {kindLabel(m.kind)}
            </Badge>
            <Badge variant="light" color={STATUS_COLORS[m.status] ?? 'gray'}>
              {STATUS_LABELS[m.status] ?? m.status}
            </Badge>
          </Group>
        </Group>
        <Text size="sm" className="break-anywhere">
          To: <strong>{m.toAddress}</strong>
          <Text span c="dimmed" size="sm">
            {' · '}
            <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time>
          </Text>
        </Text>
        {m.link && (
          <Group gap="xs" wrap="nowrap" align="center">
            <Anchor href={m.link} size="sm" className="break-anywhere" style={{ minWidth: 0 }}>
              {m.link}
            </Anchor>
            <CopyButton value={m.link}>
              {({ copied, copy }) => (
                <Button
                  size="compact-xs"
                  variant={copied ? 'filled' : 'light'}
                  onClick={copy}
                  style={{ flexShrink: 0 }}
                  aria-label={copied ? 'Link copied' : `Copy link for ${m.toAddress}`}
                >
                  {copied ? 'Copied' : 'Copy link'}
                </Button>
              )}
            </CopyButton>
          </Group>
        )}
        <Box>
          <Button
            variant="subtle"
            size="compact-sm"
            px={4}
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-controls={bodyId}
          >
            {open ? 'Hide message' : 'Show message'}
          </Button>
          <Collapse expanded={open} id={bodyId}>
            <Text
              component="pre"
              size="sm"
              mt="xs"
              p="sm"
              className="pre-wrap"
              bg="var(--mantine-color-gray-0)"
              style={{ fontFamily: 'inherit', borderRadius: 'var(--mantine-radius-sm)' }}
            >
              {m.body}
            </Text>
          </Collapse>
        </Box>
      </Stack>
    </Paper>
  );
}
