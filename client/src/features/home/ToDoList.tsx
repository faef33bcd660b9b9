import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { NetworkRole } from '@switchback/shared';
import { PageLoader, QueryError } from '../../components/QueryState';
import { timeZoneLabel } from '../../lib/format';
import { useT, type MessageKey } from '../../lib/i18n';
import { useNetwork } from '../network/context';
import { MyToDoQuery } from './operations';

/** What an empty to-do says, by role: welcoming, and pointing somewhere useful. */
const nothingWaiting = (role: NetworkRole) => `toDo.empty.${role}` as MessageKey<'home'>;

const browserTimeZone = (): string | undefined => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
};

/** The person's "to do" at the top of their home page: what waits on them, by deadline, each with its link. */
export function ToDoList() {
  const { network, role } = useNetwork();
  const { data, loading, error, refetch } = useQuery(MyToDoQuery, {
    variables: { networkId: network.id, timeZone: browserTimeZone() },
    fetchPolicy: 'cache-and-network',
  });
  const base = `/n/${network.slug}`;
  const items = data?.myToDo.items ?? [];
  const t = useT('home');
  return (
    <Card component="section" aria-labelledby="to-do-heading" withBorder padding="lg" radius="md" data-testid="to-do">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" gap="xs">
          <Title order={2} size="h3" id="to-do-heading">
            {t('toDo.title')}
          </Title>
          {items.some((i) => i.when) && data && (
            <Text size="sm" c="dimmed">
              {t('toDo.timesIn', { zone: timeZoneLabel(data.myToDo.timeZone) })}
            </Text>
          )}
        </Group>
        {loading && !data ? (
          <PageLoader label={t('toDo.loading')} />
        ) : !data ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : items.length === 0 ? (
          <Text data-testid="to-do-empty">{t(nothingWaiting(role))}</Text>
        ) : (
          <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="to-do-heading">
            {items.map((item, index) => {
              const titleId = `to-do-${index}`;
              return (
                <Card key={item.id} component="li" withBorder radius="md" padding="sm" data-kind={item.kind}>
                  <Group justify="space-between" wrap="wrap" gap="sm">
                    {/* Written by the server in the person's language (server/src/i18n/student-texts.ts). */}
                    <Stack gap={2} style={{ flex: '1 1 16rem', minWidth: 0 }} data-i18n="server">
                      <Text fw={600} id={titleId} style={{ overflowWrap: 'anywhere' }}>
                        {item.title}
                      </Text>
                      {item.when && <Text size="sm">{item.when}</Text>}
                      {item.detail && (
                        <Text size="sm" c="dimmed">
                          {item.detail}
                        </Text>
                      )}
                    </Stack>
                    <Button
                      component={Link}
                      to={`${base}${item.path}`}
                      variant="light"
                      mih={44}
                      aria-describedby={titleId}
                      data-i18n="server"
                    >
                      {item.actionLabel}
                    </Button>
                  </Group>
                </Card>
              );
            })}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
