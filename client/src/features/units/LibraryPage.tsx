import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  NativeSelect,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { COMMON_SUBJECTS, LIMITS } from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { SharedLessonStudies } from '../lesson-study/debrief/SharedLessonStudies';
import { PageLoader, QueryError } from '../../components/QueryState';
import type { LibraryQuery as LibraryData } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { GradeBandFilter } from '../groups/GradeBandFilter';
import { ResultCount } from '../../components/ResultCount';
import { useNetwork } from '../network/context';
import { unitGradeBandLabel } from './labels';
import { LibraryQuery } from './operations';
import { useLoadMore } from '../../lib/useLoadMore';

const PAGE_SIZE = 20;

type LibraryUnit = LibraryData['library']['nodes'][number];

/** Published units of the network: search by words, filter by subject and grade band. */
export function LibraryPage() {
  const { network, membership } = useNetwork();
  // Filters live in the page, not the address: changing the address moves focus to the page title.
  const [subject, setSubject] = useState('');
  const [gradeBand, setGradeBand] = useState('');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);

  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(LibraryQuery, {
    variables: {
      networkId: network.id,
      search: q || undefined,
      subject: subject || undefined,
      gradeBand: gradeBand || undefined,
      first: PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const page = (data ?? previousData)?.library;
  const subjects = [...new Set([...membership.subjects, ...COMMON_SUBJECTS, ...(subject ? [subject] : [])])];

  const { loadingMore, loadMore: showMore } = useLoadMore(
    page?.pageInfo.endCursor,
    (after) =>
      fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => {
          const seen = new Set(previous.library.nodes.map((n) => n.id));
          return {
            ...fetchMoreResult,
            library: {
              ...fetchMoreResult.library,
              nodes: [...previous.library.nodes, ...fetchMoreResult.library.nodes.filter((n) => !seen.has(n.id))],
            },
          };
        },
      }),
    'Could not load more units',
  );

  return (
    <Stack gap="lg">
      <PageTitle documentTitle={`Library – ${network.name}`}>Library</PageTitle>
      <Text size="sm" c="dimmed">
        Units published by the job-alike groups of {network.name}. Read them, print them, or adapt one for your own
        group.
      </Text>
      <Stack component="section" aria-labelledby="library-results" gap="md">
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" role="search" aria-label="Search the library">
          <TextInput
            label="Search units"
            placeholder="Words in the title or text"
            type="search"
            value={search}
            maxLength={LIMITS.searchMax}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
          <NativeSelect
            label="Subject"
            value={subject}
            onChange={(e) => setSubject(e.currentTarget.value)}
            data={[{ value: '', label: 'All subjects' }, ...subjects]}
          />
          <GradeBandFilter value={gradeBand} onChange={setGradeBand} />
        </SimpleGrid>
        <Title order={2} size="h3" id="library-results">
          Published units
        </Title>
        {!page && loading ? (
          <PageLoader label="Loading the library…" />
        ) : !page ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <>
            <ResultCount
              shown={page.nodes.length}
              total={page.totalCount}
              noun={['unit', 'units']}
              empty={
                q || subject || gradeBand
                  ? 'No published units match this search.'
                  : 'No units are published yet. When a group publishes one, it appears here.'
              }
            />
            {page.nodes.length > 0 && (
              <SimpleGrid
                cols={{ base: 1, sm: 2 }}
                component="ul"
                p={0}
                m={0}
                style={{ listStyle: 'none' }}
                aria-labelledby="library-results"
              >
                {page.nodes.map((unit) => (
                  <LibraryCard key={unit.id} unit={unit} base={`/n/${network.slug}`} />
                ))}
              </SimpleGrid>
            )}
            {page.pageInfo.hasNextPage && (
              <Group justify="center">
                <Button variant="default" loading={loadingMore} onClick={() => void showMore()}>
                  Show more
                </Button>
              </Group>
            )}
          </>
        )}
      </Stack>
      <SharedLessonStudies />
    </Stack>
  );
}

function LibraryCard({ unit, base }: { unit: LibraryUnit; base: string }) {
  const details = [unit.subject, unitGradeBandLabel(unit.gradeBand)].filter(Boolean);
  return (
    <Card component="li" withBorder radius="md" padding="md">
      <Stack gap="xs" h="100%">
        <Title order={3} size="h5">
          <Anchor component={Link} to={`${base}/units/${unit.id}`} fw={700} className="break-word">
            {unit.title}
          </Anchor>
        </Title>
        <Text size="sm">
          By <strong>{unit.group.name}</strong>
          {unit.publishedAt ? ` · Published ${formatDate(unit.publishedAt)}` : ''}
          {unit.latestVersion && unit.latestVersion.number > 1
            ? ` · Updated ${formatDate(unit.latestVersion.createdAt)}`
            : ''}
        </Text>
        {details.length > 0 && (
          <Group gap={6}>
            {details.map((d) => (
              <Badge key={d} variant="light" color={d === unit.subject ? 'blue' : 'gray'}>
                {d}
              </Badge>
            ))}
          </Group>
        )}
        {unit.summary && (
          <Text size="sm" lineClamp={3} className="break-word">
            {unit.summary}
          </Text>
        )}
        {unit.forkedFrom && (
          <Text size="sm" c="dimmed">
            Adapted from “{unit.forkedFrom.title}” by {unit.forkedFrom.byline}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
