import { useState } from 'react';
import { Badge, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS } from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import { ResultCount } from '../../components/ResultCount';
import type { AuditLogQuery as AuditLogData } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { useNetwork } from '../network/context';
import { AuditLogQuery } from './operations';
import '../../components/lazy-styles';
import { useLoadMore } from '../../lib/useLoadMore';

type Entry = AuditLogData['auditLog']['nodes'][number];

const PAGE_SIZE = 25;

/** The network's audit log for its coordinators: who did what, when; filtered by action; as CSV. */
export function AuditLogPage() {
  const { network } = useNetwork();
  const [action, setAction] = useState('');
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(AuditLogQuery, {
    variables: { networkId: network.id, action: action || undefined, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const page = (data ?? previousData)?.auditLog;
  const csvHref = `/api/networks/${network.id}/audit.csv${action ? `?action=${encodeURIComponent(action)}` : ''}`;

  const { loadingMore, loadMore } = useLoadMore(
    page?.pageInfo.endCursor,
    (after) => fetchMore({ variables: { after } }),
    'Could not load more',
  );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <PageTitle>Audit log</PageTitle>
        <Button component="a" href={csvHref} variant="default" download>
          Download CSV
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        Sensitive actions in {network.name}, newest first: role changes, deactivations, students removed, students&apos;
        data exported or deleted, moderation. Students appear by id only.
      </Text>
      <NativeSelect
        label="Action"
        value={action}
        onChange={(e) => setAction(e.currentTarget.value)}
        data={[
          { value: '', label: 'All actions' },
          ...AUDIT_ACTIONS.map((a) => ({ value: a, label: AUDIT_ACTION_LABELS[a] })),
        ]}
        maw={360}
      />
      {!page && loading ? (
        <PageLoader label="Loading the audit log…" />
      ) : !page ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <ResultCount
            shown={page.nodes.length}
            total={page.totalCount}
            noun={['event', 'events']}
            empty={`Nothing recorded${action ? ' for this action' : ''} yet.`}
          />
          {page.nodes.length > 0 && (
            <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Audit events">
              {page.nodes.map((e) => (
                <AuditItem key={e.id} entry={e} />
              ))}
            </Stack>
          )}
          {page.pageInfo.hasNextPage && (
            <Group justify="center">
              <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
                Load more
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}

function AuditItem({ entry: e }: { entry: Entry }) {
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h5" style={{ flex: '1 1 14rem' }}>
            {e.actionLabel}
          </Title>
          <Badge variant="light" color="gray" style={{ textTransform: 'none' }}>
            {e.action}
          </Badge>
        </Group>
        <Text size="sm" className="break-anywhere">
          By <strong>{e.actorName}</strong>
          <Text span c="dimmed" size="sm">
            {' · '}
            <time dateTime={e.createdAt}>{formatDateTime(e.createdAt)}</time>
          </Text>
        </Text>
        <Text size="xs" c="dimmed" className="break-anywhere">
          {e.targetType} {e.targetId ?? ''}
          {e.details ? ` · ${e.details}` : ''}
        </Text>
      </Stack>
    </Paper>
  );
}
