import { Button, Group, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { oidcStartPath } from '@switchback/shared';
import { useT } from '../../lib/i18n';
import { MySchoolAccountsQuery } from './operations';

/** For a signed-in student whose class uses school accounts: "Use my school Google account next time". */
export function SchoolAccountLink({ networkId }: { networkId: string }) {
  const t = useT('schoolAccounts');
  const { data } = useQuery(MySchoolAccountsQuery, { variables: { networkId } });
  const accounts = data?.mySchoolAccounts ?? [];
  if (!accounts.length) return null;
  return (
    <Group gap="sm">
      {accounts.map((a) =>
        a.linked ? (
          <Text key={a.provider} size="sm" c="dimmed">
            {t('home.canSignIn', { provider: a.label })}
          </Text>
        ) : (
          <Button
            key={a.provider}
            component="a"
            href={oidcStartPath(a.provider, { intent: 'bind', next: window.location.pathname })}
            variant="light"
            mih={44}
          >
            {t('home.useNextTime', { provider: a.label })}
          </Button>
        ),
      )}
    </Group>
  );
}
