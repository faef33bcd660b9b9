import { Suspense, useEffect, useMemo } from 'react';
import {
  Anchor,
  AppShell,
  Avatar,
  Burger,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Select,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link, Navigate, NavLink as RouterNavLink, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import type { NetworkRole } from '@switchback/shared';
import { Brand } from '../../components/Brand';
import { OfflineNotice } from '../../components/OfflineNotice';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import { errorCode } from '../../lib/errors';
import { useT, type MessageKey } from '../../lib/i18n';
import { LanguageChooser } from '../../components/LanguageChooser';
import { useLiveConnection } from '../../lib/live';
import { useLocaleSync } from '../auth/LocaleSync';
import { rememberNetwork, useSession, useViewer, type Viewer } from '../auth/session';
import { UnreadConversationsBadge } from '../conversations/UnreadConversationsBadge';
import { NotificationsMenu } from '../notifications/NotificationsMenu';
import { NetworkContext, type NetworkContextValue } from './context';
import { navFor } from './navigation';
import { NetworkShellQuery } from './operations';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
}

function UserMenu({ viewer }: { viewer: Viewer }) {
  const { signOut } = useSession();
  const t = useT('shell');
  const common = useT('common');
  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        {/* Named by its content ("Account: <name>"), so the visible name is part of the accessible one (WCAG 2.5.3). */}
        <UnstyledButton style={{ borderRadius: 999 }} className="account-button">
          <Group gap="xs" wrap="nowrap">
            <Avatar color="blue" radius="xl" size="md" aria-hidden="true" translate="no">
              {initials(viewer.displayName)}
            </Avatar>
            {/* Only read out on a phone (global.css .account-name). */}
            <Text fw={600} size="sm" maw={180} truncate="end" className="account-name">
              <span className="visually-hidden">{t('account')} </span>
              <span translate="no">{viewer.displayName}</span>
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('signedInAs')}</Menu.Label>
        <Text px="sm" pb="xs" size="sm" fw={600} className="break-anywhere" translate="no">
          {viewer.displayName}
          <Text span display="block" size="xs" c="dimmed" fw={400}>
            {viewer.email ?? viewer.username}
          </Text>
        </Text>
        <Menu.Divider />
        {/* The language, saved to the account (features/auth/LocaleSync.tsx). */}
        <Menu.Label>{common('language.label')}</Menu.Label>
        <LanguageChooser />
        <Menu.Divider />
        <Menu.Item onClick={() => void signOut()}>{common('actions.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function NetworkSwitcher({ viewer, slug }: { viewer: Viewer; slug: string }) {
  const navigate = useNavigate();
  const t = useT('shell');
  if (viewer.memberships.length < 2) return null;
  return (
    <Select
      label={t('network')}
      size="sm"
      allowDeselect={false}
      data={viewer.memberships.map((m) => ({ value: m.network.slug, label: m.network.name }))}
      value={slug}
      onChange={(value) => value && navigate(`/n/${value}`)}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function NetworkLayout() {
  const { slug = '' } = useParams();
  const location = useLocation();
  const { viewer, loading, error, refetch } = useViewer();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const t = useT('shell');
  // Cached first (the copy on this device works offline), then refreshed from the server.
  const shell = useQuery(NetworkShellQuery, { variables: { slug }, skip: !viewer, fetchPolicy: 'cache-and-network' });
  const network = shell.data?.network;
  // Live updates (new posts, notifications) while signed in.
  useLiveConnection(viewer?.id);
  // The person's language (docs/i18n.md).
  useLocaleSync(viewer);

  useEffect(() => {
    if (network) rememberNetwork(network.slug);
  }, [network]);

  const context = useMemo<NetworkContextValue | null>(
    () =>
      network && viewer
        ? { network, membership: network.viewerMembership, role: network.viewerMembership.role as NetworkRole, viewer }
        : null,
    [network, viewer],
  );

  if (loading) return <PageLoader />;
  if (error) {
    return (
      <Stack p="md" maw={600} mx="auto">
        <QueryError error={error} onRetry={() => void refetch()} />
      </Stack>
    );
  }
  if (!viewer) {
    return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }

  let main;
  if (shell.loading && !network) main = <PageLoader />;
  else if (!context) {
    main =
      errorCode(shell.error) === 'NOT_FOUND' ? (
        <Stack>
          <PageTitle>{t('networkNotFound.title')}</PageTitle>
          <Text>{t('networkNotFound.body')}</Text>
          {viewer.memberships[0] && (
            <Anchor component={Link} to={`/n/${viewer.memberships[0].network.slug}`}>
              {t('networkNotFound.goTo', { network: viewer.memberships[0].network.name })}
            </Anchor>
          )}
        </Stack>
      ) : (
        <QueryError error={shell.error} onRetry={() => void shell.refetch()} />
      );
  } else {
    main = (
      <Suspense fallback={<PageLoader />}>
        <Outlet />
      </Suspense>
    );
  }

  const base = `/n/${slug}`;
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a href="#main" className="skip-link">
        {t('skipToMain')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? t('closeNavigation') : t('openNavigation')}
              aria-expanded={navOpened}
              aria-controls="main-navigation"
            />
            <Brand to={base} />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationsMenu viewer={viewer} />
            <UserMenu viewer={viewer} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        p="sm"
        id="main-navigation"
        aria-label={t('mainNavigation')}
        className="app-navbar"
        mod={{ 'mobile-collapsed': !navOpened }}
      >
        <AppShell.Section mb="sm">
          {context && (
            <Stack gap={2} px="xs">
              <Text fw={700} size="sm" lh={1.3} translate="no">
                {context.network.name}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`role.${context.role}` as MessageKey<'shell'>)}
                {context.membership.school ? ' · ' : ''}
                {context.membership.school && <span translate="no">{context.membership.school.name}</span>}
              </Text>
            </Stack>
          )}
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea}>
          <Stack gap={2}>
            {context &&
              navFor(context.role).map((item) => {
                const to = item.path ? `${base}/${item.path}` : base;
                const active = item.path
                  ? location.pathname === to || location.pathname.startsWith(`${to}/`)
                  : location.pathname === base || location.pathname === `${base}/`;
                return (
                  <NavLink
                    key={item.label}
                    component={RouterNavLink}
                    to={to}
                    end={!item.path}
                    label={t(item.key)}
                    rightSection={
                      item.badge === 'unreadConversations' ? (
                        <UnreadConversationsBadge networkId={context.network.id} />
                      ) : undefined
                    }
                    active={active}
                    onClick={closeNav}
                    variant="light"
                    fw={600}
                    style={{ borderRadius: 'var(--mantine-radius-md)' }}
                  />
                );
              })}
          </Stack>
        </AppShell.Section>
        <AppShell.Section>
          <NetworkSwitcher viewer={viewer} slug={slug} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Stack maw={1100} mx="auto" w="100%">
          <OfflineNotice />
          {context ? <NetworkContext.Provider value={context}>{main}</NetworkContext.Provider> : main}
        </Stack>
      </AppShell.Main>
    </AppShell>
  );
}
