import { lazy, Suspense, useState } from 'react';
import { ActionIcon, Indicator, Popover } from '@mantine/core';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { notifications as toasts } from '@mantine/notifications';
import type { NotificationEventPayload } from '@switchback/shared';
import { PageLoader } from '../../components/QueryState';
import { useLiveNotifications } from '../../lib/live';
import { useT } from '../../lib/i18n';
import type { Viewer } from '../auth/session';
import { NotificationsQuery, UnreadNotificationCountQuery } from './operations';

// The dropdown's contents load on first open, keeping the first page load small.
const NotificationsPanel = lazy(() => import('./NotificationsPanel').then((m) => ({ default: m.NotificationsPanel })));

function BellIcon() {
  return (
    <svg
      width="22"
      height="22"
      viewBox="0 0 24 24"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** The bell in the header: unread count kept live, recent notifications, mark read, email digest. */
export function NotificationsMenu({ viewer }: { viewer: Viewer }) {
  const client = useApolloClient();
  const [opened, setOpened] = useState(false);
  const t = useT('notifications');
  const unread = useQuery(UnreadNotificationCountQuery, { fetchPolicy: 'cache-and-network' });
  const count = unread.data?.unreadNotificationCount ?? 0;

  useLiveNotifications(
    (n: NotificationEventPayload) => {
      client.writeQuery({ query: UnreadNotificationCountQuery, data: { unreadNotificationCount: n.unreadCount } });
      void client.refetchQueries({ include: [NotificationsQuery] });
      // A decided join request or a new one changes what the group page shows.
      if (n.kind === 'JOIN_APPROVED' || n.kind === 'JOIN_REQUEST')
        void client.refetchQueries({ include: ['GroupPage'] });
      // A seat that opened up from a convening session's waitlist.
      // A proposed group, or the decision on one.
      if (n.kind === 'GROUP_PROPOSED' || n.kind === 'GROUP_PROPOSAL_DECIDED')
        void client.refetchQueries({ include: ['GroupProposals'] });
      if (n.kind === 'SEAT_CONFIRMED') void client.refetchQueries({ include: ['ConveningPage', 'SessionPage'] });
      toasts.show({ title: t('new'), message: n.text, color: 'blue' });
    },
    () => void unread.refetch(),
  );

  const label = t('bell', { count });
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={360}
      shadow="md"
      trapFocus
      returnFocus
      withinPortal
    >
      <Indicator
        label={count > 99 ? '99+' : count}
        size={18}
        color="red"
        offset={6}
        disabled={count === 0}
        styles={{ indicator: { pointerEvents: 'none' } }}
        // The button's name already says how many are unread.
        attributes={{ indicator: { 'aria-hidden': true } }}
      >
        {/* The target gets aria-haspopup, aria-expanded and aria-controls from Mantine. */}
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            radius="xl"
            aria-label={label}
            onClick={() => setOpened((o) => !o)}
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p={0} maw="calc(100vw - 1rem)">
        {opened && (
          <Suspense fallback={<PageLoader label={t('loading')} />}>
            <NotificationsPanel viewer={viewer} count={count} onNavigate={() => setOpened(false)} />
          </Suspense>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
