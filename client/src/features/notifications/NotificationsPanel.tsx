import { useState } from 'react';
import { Box, Button, Group, NativeSelect, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { notifications as toasts } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { DIGEST_FREQUENCIES, parseShortLink, type DigestFrequency } from '@switchback/shared';
import { PageLoader, QueryError } from '../../components/QueryState';
import type { NotificationsQuery as NotificationsData } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { useT, type MessageKey } from '../../lib/i18n';
import { formatWhen } from '../../lib/format';
import type { Viewer } from '../auth/session';
import {
  MarkNotificationsReadMutation,
  NotificationsQuery,
  SetDigestFrequencyMutation,
  UnreadNotificationCountQuery,
} from './operations';
import { useLoadMore } from '../../lib/useLoadMore';

type Item = NotificationsData['notifications']['nodes'][number];

const PAGE_SIZE = 10;

/** The notifications dropdown: recent notifications, mark read, and the email digest setting. */
export function NotificationsPanel({
  viewer,
  count,
  onNavigate,
}: {
  viewer: Viewer;
  count: number;
  onNavigate: () => void;
}) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const t = useT('notifications');
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const [markRead, marking] = useMutation(MarkNotificationsReadMutation);
  const page = data?.notifications;

  const setCount = (unreadNotificationCount: number) =>
    client.writeQuery({ query: UnreadNotificationCountQuery, data: { unreadNotificationCount } });

  const markLocallyRead = (ids: string[] | null) => {
    const now = new Date().toISOString();
    for (const n of page?.nodes ?? []) {
      if ((ids === null || ids.includes(n.id)) && !n.readAt) {
        client.cache.modify({ id: client.cache.identify(n), fields: { readAt: () => now } });
      }
    }
  };

  const open = async (n: Item) => {
    const slug = viewer.memberships.find((m) => m.network.id === n.networkId)?.network.slug;
    if (!n.readAt) {
      try {
        const { data: result } = await markRead({ variables: { ids: [n.id] } });
        markLocallyRead([n.id]);
        if (result) setCount(result.markNotificationsRead);
      } catch (e) {
        toasts.show({ color: 'red', title: t('couldNotMarkOne'), message: errorMessage(e) });
      }
    }
    if (n.conversationId && slug) {
      onNavigate();
      navigate(`/n/${slug}/messages/${n.conversationId}`);
    } else if (n.unitId && slug) {
      onNavigate();
      navigate(`/n/${slug}/units/${n.unitId}`);
    } else if (n.groupId && slug) {
      onNavigate();
      navigate(`/n/${slug}/groups/${n.groupId}`);
    } else if (n.link && parseShortLink(n.link)) {
      // A short link (`/go/<kind>/<id>`): the server sends the person to the thing's page for them
      // (a new mentoring pair's page; a lesson study's guest page for an invited guest).
      onNavigate();
      window.location.assign(n.link);
    } else if (slug && n.kind === 'LESSON_STUDY_GUEST') {
      // Written before notifications carried a link: the invitation is listed on the home page.
      onNavigate();
      navigate(`/n/${slug}`);
    } else if (slug && n.kind === 'MENTORSHIP') {
      // Written before notifications carried a link: the person's pairs are on the Mentoring page.
      onNavigate();
      navigate(`/n/${slug}/mentoring`);
    } else if (slug && (n.kind === 'GROUP_PROPOSED' || n.kind === 'GROUP_PROPOSAL_DECIDED')) {
      // A proposed group: coordinators decide it, and proposers follow it, on the Groups page.
      onNavigate();
      navigate(`/n/${slug}/groups`);
    }
  };

  const markAll = async () => {
    try {
      const { data: result } = await markRead({ variables: {} });
      markLocallyRead(null);
      setCount(result?.markNotificationsRead ?? 0);
    } catch (e) {
      toasts.show({ color: 'red', title: t('couldNotMarkAll'), message: errorMessage(e) });
    }
  };

  const { loadingMore, loadMore } = useLoadMore(
    page?.pageInfo.endCursor,
    (after) => fetchMore({ variables: { after } }),
    t('couldNotLoadMore'),
  );

  return (
    <Stack gap={0}>
      <Group justify="space-between" px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Text fw={700} component="h2" size="md" m={0}>
          {t('title')}
        </Text>
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => void markAll()}
          loading={marking.loading}
          disabled={count === 0}
          data-autofocus
        >
          {t('markAllRead')}
        </Button>
      </Group>
      <ScrollArea.Autosize mah={360} type="auto">
        {!page && loading ? (
          <PageLoader label={t('loading')} />
        ) : !page ? (
          <Box p="sm">
            <QueryError error={error} onRetry={() => void refetch()} />
          </Box>
        ) : page.nodes.length === 0 ? (
          <Text size="sm" px="md" py="md" c="dimmed">
            {t('empty')}
          </Text>
        ) : (
          <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
            {page.nodes.map((n) => (
              <li key={n.id} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
                <UnstyledButton
                  onClick={() => void open(n)}
                  w="100%"
                  px="md"
                  py="sm"
                  bg={n.readAt ? undefined : 'var(--mantine-color-blue-0)'}
                >
                  <Group gap="sm" wrap="nowrap" align="flex-start">
                    <Box
                      mt={6}
                      w={8}
                      h={8}
                      style={{
                        flexShrink: 0,
                        borderRadius: 999,
                        background: n.readAt ? 'transparent' : 'var(--mantine-color-blue-8)',
                      }}
                      aria-hidden="true"
                    />
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Text size="sm" className="break-word" fw={n.readAt ? 400 : 600}>
                        {!n.readAt && <span className="visually-hidden">{t('unread')} </span>}
                        {/* Written by the server in English for the adults who get them (docs/i18n.md). */}
                        <span translate="no">{n.text}</span>
                      </Text>
                      <Text size="xs" c="dimmed">
                        <time dateTime={n.createdAt}>{formatWhen(n.createdAt)}</time>
                      </Text>
                    </Stack>
                  </Group>
                </UnstyledButton>
              </li>
            ))}
          </Stack>
        )}
        {page?.pageInfo.hasNextPage && (
          <Group justify="center" p="xs">
            <Button size="compact-sm" variant="default" loading={loadingMore} onClick={() => void loadMore()}>
              {t('loadMore')}
            </Button>
          </Group>
        )}
      </ScrollArea.Autosize>
      {viewer.email && <DigestSetting viewer={viewer} />}
    </Stack>
  );
}

function DigestSetting({ viewer }: { viewer: Viewer }) {
  const [value, setValue] = useState<DigestFrequency>(viewer.digestFrequency as DigestFrequency);
  const [setDigest, { loading }] = useMutation(SetDigestFrequencyMutation);
  const t = useT('notifications');

  const change = async (next: DigestFrequency) => {
    const before = value;
    setValue(next);
    try {
      const { data } = await setDigest({ variables: { frequency: next } });
      const saved = (data?.setDigestFrequency ?? next) as DigestFrequency;
      setValue(saved);
      toasts.show({
        color: 'green',
        title: t('digest.label'),
        message: saved === 'OFF' ? t('digest.savedOff') : t('digest.saved', { frequency: saved }),
      });
    } catch (e) {
      setValue(before);
      toasts.show({ color: 'red', title: t('digest.couldNotSave'), message: errorMessage(e) });
    }
  };

  return (
    <Box px="md" py="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <NativeSelect
        label={t('digest.label')}
        description={t('digest.description')}
        size="sm"
        value={value}
        disabled={loading}
        onChange={(e) => void change(e.currentTarget.value as DigestFrequency)}
        data={DIGEST_FREQUENCIES.map((f) => ({ value: f, label: t(`digest.${f}` as MessageKey<'notifications'>) }))}
      />
    </Box>
  );
}
