import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PageLoader, QueryError } from '../../components/QueryState';
import { useNetwork } from '../network/context';
import { ShowcaseQuery } from './operations';
import { ShowcaseItemCard } from './ShowcaseItemCard';

const ON_HOME = 3;

/** The network home's showcase: featured items first, then the newest, and a link to the whole showcase. */
export function ShowcaseSection() {
  const { network } = useNetwork();
  const { data, loading, error, refetch } = useQuery(ShowcaseQuery, {
    variables: { networkId: network.id, first: ON_HOME },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.showcase;
  return (
    <Stack component="section" aria-labelledby="showcase-title" gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3" id="showcase-title">
          Showcase
        </Title>
        <Anchor
          component={Link}
          to={`/n/${network.slug}/showcase`}
          fw={600}
          mih={44}
          display="inline-flex"
          style={{ alignItems: 'center' }}
        >
          {page && page.totalCount > 0 ? 'See the whole showcase' : 'Present your work'}
        </Anchor>
      </Group>
      {loading && !page ? (
        <PageLoader label="Loading the showcase…" />
      ) : !page ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : page.nodes.length === 0 ? (
        <Text>Nothing in the showcase yet. Present a published unit, a lesson study or a short reflection.</Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="showcase-title">
          {page.nodes.map((item) => (
            <ShowcaseItemCard key={item.id} item={item} slug={network.slug} compact />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
