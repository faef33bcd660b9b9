import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { SHOWCASE_LIMITS } from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import { ResultCount } from '../../components/ResultCount';
import { useLoadMore } from '../../lib/useLoadMore';
import { useScrollToHash } from '../../lib/useScrollToHash';
import { useNetwork } from '../network/context';
import { ShowcaseQuery } from './operations';
import { PresentForm } from './PresentForm';
import { ShowcaseItemCard } from './ShowcaseItemCard';

/** `/n/:slug/showcase`: every item, featured first, page by page, and a form to present a reflection. */
export function ShowcasePage() {
  const { network } = useNetwork();
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ShowcaseQuery, {
    variables: { networkId: network.id, first: SHOWCASE_LIMITS.pageSize },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const page = (data ?? previousData)?.showcase;
  useScrollToHash(!!page);
  const { loadingMore, loadMore } = useLoadMore(
    page?.pageInfo.endCursor,
    (after) =>
      fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => {
          const seen = new Set(previous.showcase.nodes.map((n) => n.id));
          return {
            ...fetchMoreResult,
            showcase: {
              ...fetchMoreResult.showcase,
              nodes: [...previous.showcase.nodes, ...fetchMoreResult.showcase.nodes.filter((n) => !seen.has(n.id))],
            },
          };
        },
      }),
    'Could not load more of the showcase',
  );
  return (
    <Stack gap="lg">
      <PageTitle documentTitle={`Showcase – ${network.name}`}>Showcase</PageTitle>
      <Text>
        Work teachers of {network.name} chose to share. Respond with what worked and what you will borrow: warm feedback
        only.
      </Text>
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="present-reflection">
        <Stack gap="sm">
          <Title order={2} size="h4" id="present-reflection">
            Share a reflection
          </Title>
          <Text size="sm" c="dimmed">
            To present a unit, a lesson study, an exchange’s results or a student’s essay, use “Present in the showcase”
            on its page.
          </Text>
          <PresentForm kind="REFLECTION" prompt="Your reflection" submitLabel="Share reflection" />
        </Stack>
      </Card>
      <Stack component="section" aria-labelledby="showcase-items" gap="sm">
        <Title order={2} size="h3" id="showcase-items">
          In the showcase
        </Title>
        {!page && loading ? (
          <PageLoader label="Loading the showcase…" />
        ) : !page ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <>
            <ResultCount
              shown={page.nodes.length}
              total={page.totalCount}
              noun={['item', 'items']}
              empty="Nothing in the showcase yet: be the first to share."
            />
            <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="showcase-items">
              {page.nodes.map((item) => (
                <ShowcaseItemCard key={item.id} item={item} slug={network.slug} />
              ))}
            </Stack>
            {page.pageInfo.hasNextPage && (
              <Group justify="center">
                <Button variant="default" mih={44} loading={loadingMore} onClick={() => void loadMore()}>
                  Show more
                </Button>
              </Group>
            )}
          </>
        )}
      </Stack>
    </Stack>
  );
}
