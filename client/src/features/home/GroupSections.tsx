import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PageLoader, QueryError } from '../../components/QueryState';
import type { HomeGroupsQuery as HomeGroupsData } from '../../gql/graphql';
import { stateName } from '../../lib/format';
import { SendMessageButton } from '../conversations/SendMessageButton';
import { GroupCard } from '../groups/GroupCard';
import { gradeBandLabel } from '../groups/labels';
import { HomeGroupsQuery } from '../groups/operations';
import { useNetwork } from '../network/context';

type JobAlike = HomeGroupsData['jobAlikes'][number];

/** Teachers' and principals' home: job-alikes in other schools, groups that fit them, and their groups. */
export function GroupSections() {
  const { network } = useNetwork();
  const { data, loading, error, refetch } = useQuery(HomeGroupsQuery, {
    variables: { networkId: network.id, myGroupsFirst: 50 },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <PageLoader label="Loading your job-alikes…" />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <JobAlikes jobAlikes={data.jobAlikes} />
      <SuggestedGroups groups={data.suggestedGroups} onJoined={refetch} />
      <MyGroups groups={data.myGroups.nodes} />
    </>
  );
}

function JobAlikes({ jobAlikes }: { jobAlikes: JobAlike[] }) {
  const { network, membership, role } = useNetwork();
  const base = `/n/${network.slug}`;
  return (
    <Stack component="section" aria-labelledby="job-alikes-heading" gap="sm">
      <Title order={2} size="h3" id="job-alikes-heading">
        Your job-alikes
      </Title>
      {jobAlikes.length === 0 ? (
        <Card withBorder radius="md" padding="md">
          <Text fw={600}>No job-alikes yet</Text>
          <Text size="sm">
            {role === 'ADMINISTRATOR'
              ? `Principals of other schools in ${network.name} show up here once they join.`
              : membership.subjects.length === 0 && membership.gradeLevels.length === 0
                ? `Job-alikes are people in other schools of ${network.name} who teach what you teach. Your subjects and grades are not listed yet: ask your network coordinator to add them.`
                : `When someone at another school in ${network.name} teaches ${membership.subjects.join(', ') || 'your grades'}, they show up here. Meanwhile, browse the groups.`}
          </Text>
          <Anchor component={Link} to={`${base}/groups`} size="sm" mt="xs">
            Browse all groups
          </Anchor>
        </Card>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {jobAlikes.map((j) => (
            <JobAlikeCard key={j.member.id} jobAlike={j} base={base} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

function JobAlikeCard({ jobAlike, base }: { jobAlike: JobAlike; base: string }) {
  const { member, sharedSubjects, sharedGradeBands } = jobAlike;
  const school = member.school;
  const name = member.user.displayName;
  return (
    <Card component="li" withBorder radius="md" padding="md">
      <Stack gap={6}>
        <Text fw={700}>{name}</Text>
        {school && (
          <Text size="sm">
            {school.name} · {stateName(school.state)}
          </Text>
        )}
        {(sharedSubjects.length > 0 || sharedGradeBands.length > 0) && (
          <Group gap={6}>
            <span className="visually-hidden">You share:</span>
            {sharedSubjects.map((s) => (
              <Badge key={s} variant="light">
                {s}
              </Badge>
            ))}
            {sharedGradeBands.map((b) => (
              <Badge key={b} variant="light" color="gray">
                {gradeBandLabel(b)}
              </Badge>
            ))}
          </Group>
        )}
        <SendMessageButton userId={member.user.id} name={name} />
        <Group gap="xs">
          {sharedSubjects.map((s) => (
            <Anchor key={s} component={Link} to={`${base}/groups?subject=${encodeURIComponent(s)}`} size="sm">
              {s} groups
            </Anchor>
          ))}
          {sharedSubjects.length === 0 &&
            sharedGradeBands.map((b) => (
              <Anchor key={b} component={Link} to={`${base}/groups?gradeBand=${encodeURIComponent(b)}`} size="sm">
                {gradeBandLabel(b)} groups
              </Anchor>
            ))}
          {sharedSubjects.length === 0 && sharedGradeBands.length === 0 && (
            <Anchor component={Link} to={`${base}/groups?focus=ROLE`} size="sm">
              Role groups
            </Anchor>
          )}
        </Group>
        <Button
          component={Link}
          to={`${base}/groups/propose?with=${member.user.id}${sharedSubjects[0] ? `&subject=${encodeURIComponent(sharedSubjects[0])}` : ''}`}
          variant="light"
          size="sm"
          styles={{
            root: { height: 'auto', minHeight: 44, paddingBlock: 6 },
            label: { whiteSpace: 'normal', textAlign: 'center' },
          }}
        >
          Propose a group with {name}
        </Button>
      </Stack>
    </Card>
  );
}

function SuggestedGroups({
  groups,
  onJoined,
}: {
  groups: HomeGroupsData['suggestedGroups'];
  onJoined: () => Promise<unknown>;
}) {
  const { network } = useNetwork();
  const base = `/n/${network.slug}`;
  return (
    <Stack component="section" aria-labelledby="groups-for-you-heading" gap="sm">
      <Title order={2} size="h3" id="groups-for-you-heading">
        Groups for you
      </Title>
      {groups.length === 0 ? (
        <Text size="sm">
          No other groups match your subjects, grades or role right now.{' '}
          <Anchor component={Link} to={`${base}/groups`}>
            Browse all groups
          </Anchor>
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {groups.map((g) => (
            <GroupCard key={g.id} group={g} base={base} onJoined={onJoined} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

function MyGroups({ groups }: { groups: HomeGroupsData['myGroups']['nodes'] }) {
  const { network } = useNetwork();
  const base = `/n/${network.slug}`;
  return (
    <Stack component="section" aria-labelledby="my-groups-heading" gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3" id="my-groups-heading">
          Your groups
        </Title>
        <Button component={Link} to={`${base}/groups`} variant="light">
          All groups
        </Button>
      </Group>
      {groups.length === 0 ? (
        <Text size="sm">You are not in a group yet. Join one that fits you above, or browse the directory.</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {groups.map((g) => (
            <GroupCard key={g.id} group={g} base={base} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
