import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { Link, useParams } from 'react-router';
import { ConfirmModal } from '../../components/ConfirmModal';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import type { GroupPageQuery as GroupPageData, GroupStreamQuery as GroupStreamData } from '../../gql/graphql';
import { errorCode, toApiError, type ApiError } from '../../lib/errors';
import { formatDate, plural } from '../../lib/format';
import { useGroupLive } from '../../lib/live';
import { useUrlParam } from '../../lib/useUrlParam';
import { useNetwork } from '../network/context';
import { EditGroupModal } from './EditGroupModal';
import { GroupActivity } from './GroupActivity';
import { GroupGoals } from './GroupGoals';
import { GroupMembers } from './GroupMembers';
import { GroupStream } from './GroupStream';
import { JoinButton } from './JoinButton';
import { ACCESS_LABELS, FOCUS_LABELS, PRIME_FOCUS_LABELS, gatherLabel } from './labels';
import { ArchiveGroupMutation, GroupPageQuery, GroupStreamQuery, LeaveGroupMutation } from './operations';
import { GroupUnits } from '../units/GroupUnits';
import { GroupLessonStudies } from '../lesson-study/GroupLessonStudies';
import '../../components/lazy-styles';

const GroupCalibration = lazy(() =>
  import('../calibration/GroupCalibration').then((m) => ({ default: m.GroupCalibration })),
);

export type PageGroup = GroupPageData['group'];
export type StreamGroup = GroupStreamData['group'];

/** What the viewer may do in the group. */
export interface GroupAbilities {
  isMember: boolean;
  /** Facilitators of the group, and coordinators. */
  isFacilitator: boolean;
  isCoordinator: boolean;
  /** Post, reply, set goals: active members of a group that is not archived. */
  canParticipate: boolean;
  /** Hide posts, decide join requests. */
  canModerate: boolean;
}

export const POSTS_PAGE = 20;
const ACTIVITY_SIZE = 30;
const TABS = ['stream', 'units', 'lesson-studies', 'calibration', 'goals', 'members', 'activity'] as const;
type Tab = (typeof TABS)[number];

/** Runs `fn` now, or once more after the run in flight when asked again meanwhile (bursts of live events). */
function useCoalesced(fn: () => Promise<unknown>): () => void {
  const fnRef = useRef(fn);
  useEffect(() => {
    fnRef.current = fn;
  });
  const state = useRef({ running: false, again: false });
  return useCallback(() => {
    const s = state.current;
    if (s.running) {
      s.again = true;
      return;
    }
    s.running = true;
    const run = () => {
      fnRef
        .current()
        .catch(() => undefined)
        .finally(() => {
          if (s.again) {
            s.again = false;
            run();
          } else s.running = false;
        });
    };
    run();
  }, []);
}

export function GroupPage() {
  const { groupId = '' } = useParams();
  const { network } = useNetwork();
  const base = `/n/${network.slug}`;
  const { data, loading, error, refetch } = useQuery(GroupPageQuery, {
    variables: { id: groupId },
    fetchPolicy: 'cache-and-network',
  });
  const group = data?.group;

  if (loading && !group) return <PageLoader />;
  if (!group) {
    if (errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'BAD_USER_INPUT') {
      return (
        <Stack>
          <PageTitle>Group not found</PageTitle>
          <Text>This group does not exist, or it is not in {network.name}.</Text>
          <Anchor component={Link} to={`${base}/groups`}>
            Back to groups
          </Anchor>
        </Stack>
      );
    }
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  return <GroupView group={group} refetchPage={refetch} />;
}

function GroupView({ group, refetchPage }: { group: PageGroup; refetchPage: () => Promise<unknown> }) {
  const { network, role } = useNetwork();
  const base = `/n/${network.slug}`;
  const [requested, setRequested] = useUrlParam('tab');
  const tab: Tab = TABS.includes(requested as Tab) ? (requested as Tab) : 'stream';

  const mine = group.viewerMember;
  const isMember = mine?.status === 'ACTIVE';
  const isCoordinator = role === 'COORDINATOR';
  const isFacilitator = (isMember && mine?.role === 'FACILITATOR') || isCoordinator;
  const archived = Boolean(group.archivedAt);
  const abilities: GroupAbilities = {
    isMember,
    isFacilitator,
    isCoordinator,
    canParticipate: isMember && !archived,
    canModerate: isFacilitator && !archived,
  };

  const stream = useQuery(GroupStreamQuery, {
    variables: { id: group.id, first: POSTS_PAGE, activityFirst: ACTIVITY_SIZE },
    skip: !group.canReadStream,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const refreshStream = useCoalesced(() => stream.refetch());
  const refreshPage = useCoalesced(refetchPage);
  // New posts and replies from others appear without a reload; so do joins and leaves (the member
  // count and list), and both catch up after a dropped connection.
  useGroupLive(
    group.canReadStream ? group.id : null,
    refreshStream,
    () => {
      refreshStream();
      refreshPage();
    },
    refreshPage,
  );

  const refreshAll = async () => {
    await refetchPage();
    if (group.canReadStream) await stream.refetch();
  };

  const setTab = (value: string | null) => setRequested(!value || value === 'stream' ? '' : value);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`${base}/groups`} size="sm">
        ← All groups
      </Anchor>
      <GroupHeader group={group} abilities={abilities} onChanged={refreshAll} />

      {!group.canReadStream ? (
        <>
          <Alert color="grape" variant="light" title="Closed group">
            <Stack gap="sm" align="flex-start">
              <Text size="sm">This group is closed. Ask to join to read its posts.</Text>
              {group.viewerMember ? (
                <Text size="sm" fw={600}>
                  You asked to join. A facilitator will decide, and you will get a notification.
                </Text>
              ) : (
                <JoinButton group={group} onJoined={refreshAll} />
              )}
            </Stack>
          </Alert>
          <GroupMembers group={group} abilities={abilities} onChanged={refetchPage} />
          <GroupUnits group={group} canCreate={false} />
        </>
      ) : (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="stream">Stream</Tabs.Tab>
            <Tabs.Tab value="units">Units</Tabs.Tab>
            <Tabs.Tab value="lesson-studies">Lesson studies</Tabs.Tab>
            <Tabs.Tab value="calibration">Calibration</Tabs.Tab>
            <Tabs.Tab value="goals">Goals</Tabs.Tab>
            <Tabs.Tab value="members">Members</Tabs.Tab>
            <Tabs.Tab value="activity">Activity</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="stream" pt="md">
            <StreamState stream={stream}>
              {(s) => (
                <GroupStream
                  group={group}
                  stream={s}
                  abilities={abilities}
                  onChanged={() => stream.refetch()}
                  fetchMore={(after) => stream.fetchMore({ variables: { after } })}
                />
              )}
            </StreamState>
          </Tabs.Panel>
          <Tabs.Panel value="units" pt="md">
            <GroupUnits group={group} canCreate={abilities.canParticipate} />
          </Tabs.Panel>
          <Tabs.Panel value="lesson-studies" pt="md">
            <GroupLessonStudies groupId={group.id} canStart={abilities.canParticipate} />
          </Tabs.Panel>
          <Tabs.Panel value="calibration" pt="md">
            <Suspense fallback={<PageLoader label="Loading calibration rounds…" />}>
              <GroupCalibration
                groupId={group.id}
                canStart={abilities.canParticipate && group.viewerMember?.role === 'FACILITATOR'}
              />
            </Suspense>
          </Tabs.Panel>
          <Tabs.Panel value="goals" pt="md">
            <StreamState stream={stream}>
              {(s) => (
                <GroupGoals group={group} goals={s.goals} abilities={abilities} onChanged={() => stream.refetch()} />
              )}
            </StreamState>
          </Tabs.Panel>
          <Tabs.Panel value="members" pt="md">
            <GroupMembers group={group} abilities={abilities} onChanged={refetchPage} />
          </Tabs.Panel>
          <Tabs.Panel value="activity" pt="md">
            <StreamState stream={stream}>{(s) => <GroupActivity activity={s.activity} />}</StreamState>
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}

interface StreamStateProps {
  stream: { data?: GroupStreamData; loading: boolean; error?: unknown; refetch: () => Promise<unknown> };
  children: (group: StreamGroup) => React.ReactNode;
}

function StreamState({ stream, children }: StreamStateProps) {
  const group = stream.data?.group;
  if (!group && stream.loading) return <PageLoader label="Loading the group…" />;
  if (!group) return <QueryError error={stream.error} onRetry={() => void stream.refetch()} />;
  return children(group);
}

function GroupHeader({
  group,
  abilities,
  onChanged,
}: {
  group: PageGroup;
  abilities: GroupAbilities;
  onChanged: () => Promise<unknown>;
}) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState<'leave' | 'archive' | null>(null);
  const [confirmError, setConfirmError] = useState<ApiError | null>(null);
  const [leave, leaving] = useMutation(LeaveGroupMutation, {
    update(cache) {
      cache.modify({
        id: cache.identify({ __typename: 'Group', id: group.id }),
        fields: { viewerMember: () => null },
      });
    },
  });
  const [archive, archiving] = useMutation(ArchiveGroupMutation);
  const pending = group.viewerMember?.status === 'PENDING';
  const archived = Boolean(group.archivedAt);

  const confirm = async () => {
    setConfirmError(null);
    try {
      if (confirming === 'leave') {
        await leave({ variables: { groupId: group.id } });
        notifications.show({
          color: 'green',
          title: pending ? 'Request withdrawn' : 'You left the group',
          message: pending ? `You withdrew your request to join ${group.name}.` : `You left ${group.name}.`,
        });
      } else if (confirming === 'archive') {
        await archive({ variables: { groupId: group.id } });
        notifications.show({ color: 'green', title: 'Group archived', message: `${group.name} is read-only now.` });
      }
      setConfirming(null);
      await onChanged();
    } catch (e) {
      setConfirmError(toApiError(e));
    }
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 16rem', minWidth: 0 }}>
          <PageTitle className="break-word">{group.name}</PageTitle>
          <Text c="dimmed" size="sm">
            {FOCUS_LABELS[group.focus]}: {gatherLabel(group)} · Prime focus: {PRIME_FOCUS_LABELS[group.primeFocus]} ·{' '}
            {plural(group.memberCount, 'member')}
          </Text>
        </Stack>
        <Group gap="xs">
          {group.viewerMember ? (
            <>
              <JoinButton group={group} />
              <Button
                variant="default"
                size="sm"
                onClick={() => {
                  setConfirmError(null);
                  setConfirming('leave');
                }}
              >
                {pending ? 'Withdraw request' : 'Leave group'}
              </Button>
            </>
          ) : (
            group.canReadStream && <JoinButton group={group} onJoined={onChanged} />
          )}
          {abilities.isFacilitator && !archived && (
            <Button variant="default" size="sm" onClick={() => setEditing(true)}>
              Edit group
            </Button>
          )}
          {abilities.isCoordinator && !archived && (
            <Button
              variant="default"
              color="red"
              size="sm"
              onClick={() => {
                setConfirmError(null);
                setConfirming('archive');
              }}
            >
              Archive group
            </Button>
          )}
        </Group>
      </Group>
      <Group gap={6}>
        <Badge variant="light" color={group.access === 'OPEN' ? 'teal' : 'grape'}>
          {ACCESS_LABELS[group.access]}
        </Badge>
        <Badge variant="light">{PRIME_FOCUS_LABELS[group.primeFocus]}</Badge>
        {archived && (
          <Badge variant="light" color="gray">
            Archived
          </Badge>
        )}
      </Group>
      {group.description && <Text className="pre-wrap">{group.description}</Text>}
      {archived && group.archivedAt && (
        <Alert color="gray" variant="light" title="Archived">
          This group was archived on {formatDate(group.archivedAt)}. Its posts and goals stay readable, but no one can
          post any more.
        </Alert>
      )}
      {abilities.isFacilitator && <EditGroupModal group={editing ? group : null} onClose={() => setEditing(false)} />}
      <ConfirmModal
        opened={confirming !== null}
        title={
          confirming === 'archive'
            ? `Archive ${group.name}?`
            : pending
              ? 'Withdraw your request?'
              : `Leave ${group.name}?`
        }
        confirmLabel={confirming === 'archive' ? 'Archive group' : pending ? 'Withdraw request' : 'Leave group'}
        danger
        loading={leaving.loading || archiving.loading}
        error={confirmError}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(null)}
      >
        {confirming === 'archive'
          ? 'The group leaves the directory and becomes read-only: members keep its posts and goals, but no one can post.'
          : pending
            ? 'The facilitators will no longer see your request. You can ask again later.'
            : group.access === 'CLOSED'
              ? 'You stop receiving its posts. To come back, you will need a facilitator to approve you again.'
              : 'You stop receiving its posts. You can join again at any time.'}
      </ConfirmModal>
    </Stack>
  );
}
