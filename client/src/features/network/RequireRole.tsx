import type { ReactNode } from 'react';
import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { NetworkRole } from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { rolePlural, roleWithArticle } from '../../lib/format';
import { useNetwork } from './context';

/** Shows the page only to the given roles; others get a plain explanation. */
export function RequireRole({ roles, children }: { roles: readonly NetworkRole[]; children: ReactNode }) {
  const { role, network } = useNetwork();
  if (roles.includes(role)) return children;
  return (
    <Stack>
      <PageTitle>Not available</PageTitle>
      <Text>
        This page is for {roles.map(rolePlural).join(' and ')}. You are {roleWithArticle(role)} in {network.name}.
      </Text>
      <Anchor component={Link} to={`/n/${network.slug}`}>
        Go to the network home
      </Anchor>
    </Stack>
  );
}
