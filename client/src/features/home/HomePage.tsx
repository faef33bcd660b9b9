import { lazy, Suspense } from 'react';
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import { gradeLabel, gradesSummary, plural, roleWithArticle } from '../../lib/format';
import { ClassCardList } from '../classes/ClassCardList';
import { StudentClassesQuery, TeacherClassesQuery } from '../classes/operations';
import { GuestLessonStudies } from '../lesson-study-guest/GuestLessonStudies';
import { useNetwork } from '../network/context';
import { CoordinatorSummaryQuery } from './operations';
import { ToDoList } from './ToDoList';

// Job-alikes and groups load after the rest of the home page, keeping the first load small.
const GroupSections = lazy(() => import('./GroupSections').then((m) => ({ default: m.GroupSections })));

export function HomePage() {
  const { network, membership, role, viewer } = useNetwork();
  const school = membership.school?.name;
  return (
    <Stack gap="lg">
      <PageTitle documentTitle={`Home – ${network.name}`}>{network.name}</PageTitle>
      <ToDoList />
      <Card withBorder padding="lg" radius="md">
        <Stack gap="xs">
          <Title order={2} size="h3">
            Welcome, {viewer.displayName}
          </Title>
          <Text>
            You are {roleWithArticle(role)}
            {school ? (
              <>
                {' '}
                at <strong>{school}</strong>
              </>
            ) : null}{' '}
            in {network.name}.
          </Text>
          {(membership.subjects.length > 0 || membership.gradeLevels.length > 0) && (
            <Group gap="xs">
              {membership.subjects.map((s) => (
                <Badge key={s} variant="light">
                  {s}
                </Badge>
              ))}
              {membership.gradeLevels.length > 0 && (
                <Badge variant="light" color="gray">
                  {gradesSummary(membership.gradeLevels)}
                </Badge>
              )}
            </Group>
          )}
          {network.description && (
            <Text size="sm" c="dimmed">
              {network.description}
            </Text>
          )}
        </Stack>
      </Card>
      {role !== 'STUDENT' && <GuestLessonStudies />}
      {role === 'COORDINATOR' && <CoordinatorSummary />}
      {(role === 'TEACHER' || role === 'ADMINISTRATOR') && (
        <Suspense fallback={<PageLoader label="Loading your job-alikes…" />}>
          <GroupSections />
        </Suspense>
      )}
      {(role === 'TEACHER' || role === 'ADMINISTRATOR') && <TeacherSummary />}
      {role === 'STUDENT' && <StudentClasses />}
    </Stack>
  );
}

function StatCard(props: { title: string; value: number | string; detail?: string; to: string; linkLabel: string }) {
  return (
    <Card withBorder padding="lg" radius="md">
      <Stack gap={4} h="100%">
        <Title order={2} size="h4">
          {props.title}
        </Title>
        <Text fz={36} fw={700} lh={1.2}>
          {props.value}
        </Text>
        {props.detail && (
          <Text size="sm" c="dimmed">
            {props.detail}
          </Text>
        )}
        <Anchor component={Link} to={props.to} mt="auto" pt="xs" fw={600}>
          {props.linkLabel}
        </Anchor>
      </Stack>
    </Card>
  );
}

function CoordinatorSummary() {
  const { network } = useNetwork();
  const { data, loading, error, refetch } = useQuery(CoordinatorSummaryQuery, {
    variables: { networkId: network.id },
    fetchPolicy: 'cache-and-network',
  });
  const base = `/n/${network.slug}`;
  if (loading && !data) return <PageLoader />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const messages = data.outbox.messages.length;
  const isolated = data.isolatedMembers.length;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      <StatCard
        title="Groups"
        value={data.groups.totalCount}
        detail="Job-alike groups in the network"
        to={`${base}/groups`}
        linkLabel="See and create groups"
      />
      <StatCard
        title="Isolated members"
        value={isolated}
        detail={
          isolated === 1 ? 'Teacher or principal in no active group' : 'Teachers and principals in no active group'
        }
        to={`${base}/isolated`}
        linkLabel="See who needs a group"
      />
      <StatCard
        title="Schools"
        value={network.schools.length}
        detail="Schools in the network"
        to={`${base}/schools`}
        linkLabel="Manage schools"
      />
      <StatCard
        title="People"
        value={data.members.totalCount}
        detail={`Active adults · ${plural(data.invitations.length, 'open invitation')}`}
        to={`${base}/people`}
        linkLabel="See people and invite"
      />
      <StatCard
        title="Outbox"
        value={messages >= 100 ? '100+' : messages}
        detail={data.outbox.smtpConfigured ? 'Emails sent by the network' : 'No mail server: emails are kept here'}
        to={`${base}/outbox`}
        linkLabel="Open the outbox"
      />
    </SimpleGrid>
  );
}

function TeacherSummary() {
  const { network } = useNetwork();
  const { data, loading, error, refetch } = useQuery(TeacherClassesQuery, {
    variables: { networkId: network.id },
    fetchPolicy: 'cache-and-network',
  });
  const base = `/n/${network.slug}`;
  return (
    <Stack component="section" aria-labelledby="your-classes">
      <Group justify="space-between">
        <Title order={2} size="h3" id="your-classes">
          Your classes
        </Title>
        <Button component={Link} to={`${base}/classes`} variant="light">
          Create or manage classes
        </Button>
      </Group>
      {loading && !data ? (
        <PageLoader />
      ) : !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : data.myClasses.length === 0 ? (
        <Text>You have no classes yet. Create one and share its join code with your students.</Text>
      ) : (
        <ClassCardList classes={data.myClasses} base={base} />
      )}
    </Stack>
  );
}

function StudentClasses() {
  const { network } = useNetwork();
  const { data, loading, error, refetch } = useQuery(StudentClassesQuery, {
    variables: { networkId: network.id },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Stack component="section" aria-labelledby="your-classes">
      <Group justify="space-between">
        <Title order={2} size="h3" id="your-classes">
          Your classes
        </Title>
        <Button component={Link} to="/join" variant="light">
          Join another class
        </Button>
      </Group>
      {loading && !data ? (
        <PageLoader />
      ) : !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : data.myClasses.length === 0 ? (
        <Text>You are not in any class yet. Ask your teacher for a join code.</Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {data.myClasses.map((c) => (
            <Card key={c.id} component="li" withBorder radius="md" padding="md">
              <Text fw={700}>{c.name}</Text>
              <Text size="sm">
                Teacher: {c.teacher.displayName} · {c.subject} · {gradeLabel(c.gradeLevel)}
              </Text>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
