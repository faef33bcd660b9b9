import { lazy, Suspense } from 'react';
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { SchoolAccountLink } from '../sign-in-providers/SchoolAccountLink';
import { PageLoader, QueryError } from '../../components/QueryState';
import { gradesSummary } from '../../lib/format';
import { Tx, useT } from '../../lib/i18n';
import { ClassCardList } from '../classes/ClassCardList';
import { StudentClassesQuery, TeacherClassesQuery } from '../classes/operations';
import { GuestLessonStudies } from '../lesson-study-guest/GuestLessonStudies';
import { useNetwork } from '../network/context';
import { CoordinatorSummaryQuery } from './operations';
import { ToDoList } from './ToDoList';

// Job-alikes and groups load after the rest of the home page, keeping the first load small.
const GroupSections = lazy(() => import('./GroupSections').then((m) => ({ default: m.GroupSections })));
// The showcase (featured first) loads in its own chunk too; students do not see it.
const ShowcaseSection = lazy(() => import('../showcase/ShowcaseSection').then((m) => ({ default: m.ShowcaseSection })));

export function HomePage() {
  const { network, membership, role, viewer } = useNetwork();
  const school = membership.school?.name;
  const t = useT('home');
  return (
    <Stack gap="lg">
      <PageTitle documentTitle={t('documentTitle', { network: network.name })} translate="no">
        {network.name}
      </PageTitle>
      <ToDoList />
      <Card withBorder padding="lg" radius="md">
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('welcome', { name: viewer.displayName })}
          </Title>
          <Text>
            <Tx
              ns="home"
              k={school ? 'youAreAt' : 'youAre'}
              values={{ role, school: school ?? '', network: network.name }}
              components={{ 0: <strong translate="no" />, 1: <span translate="no" /> }}
            />
          </Text>
          {(membership.subjects.length > 0 || membership.gradeLevels.length > 0) && (
            <Group gap="xs">
              {membership.subjects.map((s) => (
                <Badge key={s} variant="light" translate="no">
                  {s}
                </Badge>
              ))}
              {membership.gradeLevels.length > 0 && (
                <Badge variant="light" color="gray" translate="no">
                  {gradesSummary(membership.gradeLevels)}
                </Badge>
              )}
            </Group>
          )}
          {network.description && (
            <Text size="sm" c="dimmed" translate="no">
              {network.description}
            </Text>
          )}
        </Stack>
      </Card>
      {role === 'STUDENT' && <SchoolAccountLink networkId={network.id} />}
      {role !== 'STUDENT' && <GuestLessonStudies />}
      {role !== 'STUDENT' && (
        <Suspense fallback={<PageLoader label={t('loadingShowcase')} />}>
          <ShowcaseSection />
        </Suspense>
      )}
      {role === 'COORDINATOR' && <CoordinatorSummary />}
      {(role === 'TEACHER' || role === 'ADMINISTRATOR') && (
        <Suspense fallback={<PageLoader label={t('loadingGroups')} />}>
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
  const t = useT('home');
  if (loading && !data) return <PageLoader />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const messages = data.outbox.messages.length;
  const isolated = data.isolatedMembers.length;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      <StatCard
        title={t('stat.groups')}
        value={data.groups.totalCount}
        detail={t('stat.groupsDetail')}
        to={`${base}/groups`}
        linkLabel={t('stat.groupsLink')}
      />
      <StatCard
        title={t('stat.isolated')}
        value={isolated}
        detail={t('stat.isolatedDetail', { count: isolated })}
        to={`${base}/isolated`}
        linkLabel={t('stat.isolatedLink')}
      />
      <StatCard
        title={t('stat.schools')}
        value={network.schools.length}
        detail={t('stat.schoolsDetail')}
        to={`${base}/schools`}
        linkLabel={t('stat.schoolsLink')}
      />
      <StatCard
        title={t('stat.people')}
        value={data.members.totalCount}
        detail={t('stat.peopleDetail', { count: data.invitations.length })}
        to={`${base}/people`}
        linkLabel={t('stat.peopleLink')}
      />
      <StatCard
        title={t('stat.outbox')}
        value={messages >= 100 ? '100+' : messages}
        detail={data.outbox.smtpConfigured ? t('stat.outboxSent') : t('stat.outboxKept')}
        to={`${base}/outbox`}
        linkLabel={t('stat.outboxLink')}
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
  const t = useT('home');
  return (
    <Stack component="section" aria-labelledby="your-classes">
      <Group justify="space-between">
        <Title order={2} size="h3" id="your-classes">
          {t('classes.title')}
        </Title>
        <Button component={Link} to={`${base}/classes`} variant="light">
          {t('classes.manage')}
        </Button>
      </Group>
      {loading && !data ? (
        <PageLoader />
      ) : !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : data.myClasses.length === 0 ? (
        <Text>{t('classes.teacherEmpty')}</Text>
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
  const t = useT('home');
  return (
    <Stack component="section" aria-labelledby="your-classes">
      <Group justify="space-between">
        <Title order={2} size="h3" id="your-classes">
          {t('classes.title')}
        </Title>
        <Button component={Link} to="/join" variant="light">
          {t('classes.joinAnother')}
        </Button>
      </Group>
      {loading && !data ? (
        <PageLoader />
      ) : !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : data.myClasses.length === 0 ? (
        <Text>{t('classes.studentEmpty')}</Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {data.myClasses.map((c) => (
            <Card key={c.id} component="li" withBorder radius="md" padding="md">
              <Text fw={700} translate="no">
                {c.name}
              </Text>
              <Text size="sm">
                {t('classes.teacher')} <span translate="no">{c.teacher.displayName}</span> ·{' '}
                <span translate="no">{c.subject}</span> · {t('grade', { grade: c.gradeLevel })}
              </Text>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
