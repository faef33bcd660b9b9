import { useEffect, useState } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { COMMON_SUBJECTS, GROUP_FOCUSES, LIMITS, type GroupFocus } from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import type { GroupsFilter } from '../../gql/graphql';
import { useUrlParam } from '../../lib/useUrlParam';
import { useNetwork } from '../network/context';
import { Link } from 'react-router';
import { CreateGroupModal } from './CreateGroupModal';
import { GroupProposals } from './GroupProposals';
import { GroupCard } from './GroupCard';
import { FOCUS_LABELS } from './labels';
import { GradeBandFilter } from './GradeBandFilter';
import { ResultCount } from '../../components/ResultCount';
import { GroupsQuery } from './operations';
import '../../components/lazy-styles';
import { useLoadMore } from '../../lib/useLoadMore';

const PAGE_SIZE = 20;

export function GroupsPage() {
  const { network, role } = useNetwork();
  const isCoordinator = role === 'COORDINATOR';
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <PageTitle>Groups</PageTitle>
        {isCoordinator && <Button onClick={() => setCreating(true)}>Create group</Button>}
        {(role === 'TEACHER' || role === 'ADMINISTRATOR') && (
          <Button component={Link} to={`/n/${network.slug}/groups/propose`}>
            Propose a group
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        Job-alike groups of {network.name}: people who do the same job in different schools, setting shared goals and
        keeping in touch between meetings.
      </Text>
      <GroupProposals />
      <GroupDirectory />
      {isCoordinator && <CreateGroupModal opened={creating} onClose={() => setCreating(false)} />}
    </Stack>
  );
}

function GroupDirectory() {
  const { network, membership } = useNetwork();
  const base = `/n/${network.slug}`;
  const [focus, setFocus] = useUrlParam('focus');
  const [subject, setSubject] = useUrlParam('subject');
  const [gradeBand, setGradeBand] = useUrlParam('gradeBand');
  const [mineParam, setMine] = useUrlParam('mine');
  const mine = mineParam === '1';
  const [q, setQ] = useUrlParam('q');
  const [search, setSearch] = useState(q);
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);

  // The search box writes to the address once the typing settles.
  useEffect(() => {
    if (debouncedSearch !== q) setQ(debouncedSearch);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the typed text settles
  }, [debouncedSearch]);

  const filter: GroupsFilter = {
    search: q || undefined,
    focus: (focus as GroupFocus) || undefined,
    subject: subject || undefined,
    gradeBand: gradeBand || undefined,
    mine: mine || undefined,
  };
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(GroupsQuery, {
    variables: { networkId: network.id, filter, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const page = (data ?? previousData)?.groups;

  const subjects = [...new Set([...membership.subjects, ...COMMON_SUBJECTS, ...(subject ? [subject] : [])])];

  const { loadingMore, loadMore } = useLoadMore(
    page?.pageInfo.endCursor,
    (after) => fetchMore({ variables: { after } }),
    'Could not load more groups',
  );

  return (
    <Stack component="section" aria-labelledby="directory-heading" gap="md">
      <Title order={2} size="h3" id="directory-heading">
        Group directory
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <TextInput
          label="Search groups"
          placeholder="Name or description"
          type="search"
          value={search}
          maxLength={LIMITS.searchMax}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <NativeSelect
          label="Focus"
          value={focus}
          onChange={(e) => setFocus(e.currentTarget.value)}
          data={[
            { value: '', label: 'Any focus' },
            ...GROUP_FOCUSES.map((f) => ({ value: f, label: FOCUS_LABELS[f] })),
          ]}
        />
        <NativeSelect
          label="Subject"
          value={subject}
          onChange={(e) => setSubject(e.currentTarget.value)}
          data={[{ value: '', label: 'All subjects' }, ...subjects]}
        />
        <GradeBandFilter value={gradeBand} onChange={setGradeBand} />
      </SimpleGrid>
      <Switch label="Only my groups" checked={mine} onChange={(e) => setMine(e.currentTarget.checked ? '1' : '')} />

      {!page && loading ? (
        <PageLoader label="Loading groups…" />
      ) : !page ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <ResultCount
            shown={page.nodes.length}
            total={page.totalCount}
            noun={['group', 'groups']}
            empty="No groups match these filters."
          />
          {page.nodes.length > 0 && (
            <SimpleGrid
              cols={{ base: 1, sm: 2, lg: 3 }}
              component="ul"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-labelledby="directory-heading"
            >
              {page.nodes.map((g) => (
                <GroupCard key={g.id} group={g} base={base} />
              ))}
            </SimpleGrid>
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
