import { Badge, Button } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import type { GroupCardFieldsFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { JoinGroupMutation } from './operations';

type JoinableGroup = Pick<GroupCardFieldsFragment, 'id' | 'name' | 'access' | 'archivedAt' | 'viewerMember'>;

interface JoinButtonProps {
  group: JoinableGroup;
  size?: 'xs' | 'sm' | 'md';
  /** Runs after joining (e.g. to refetch the page's queries). */
  onJoined?: () => void | Promise<unknown>;
}

/** Join (open groups) or Request to join (closed ones); Member, Facilitator or Requested once done. */
export function JoinButton({ group, size = 'sm', onJoined }: JoinButtonProps) {
  const [join, { loading }] = useMutation(JoinGroupMutation, {
    update(cache, { data }) {
      const joined = data?.joinGroup;
      if (!joined) return;
      cache.modify({
        id: cache.identify({ __typename: 'Group', id: group.id }),
        fields: {
          viewerMember: (_, { toReference }) => toReference(joined) ?? null,
          memberCount: (count: number) => (joined.status === 'ACTIVE' ? count + 1 : count),
        },
      });
    },
  });
  const mine = group.viewerMember;

  if (mine?.status === 'ACTIVE') {
    return (
      <Badge variant="light" color="green" size="lg">
        {mine.role === 'FACILITATOR' ? 'Facilitator' : 'Member'}
      </Badge>
    );
  }
  if (mine) {
    return (
      <Badge variant="light" color="yellow" size="lg">
        Requested
      </Badge>
    );
  }
  if (group.archivedAt) {
    return (
      <Badge variant="light" color="gray" size="lg">
        Archived
      </Badge>
    );
  }

  const closed = group.access === 'CLOSED';
  const label = closed ? 'Request to join' : 'Join';
  const onClick = async () => {
    try {
      await join({ variables: { groupId: group.id } });
      notifications.show({
        color: 'green',
        title: closed ? 'Request sent' : 'Joined',
        message: closed
          ? `The facilitators of ${group.name} will decide. You get a notification when they do.`
          : `You are now a member of ${group.name}.`,
      });
      await onJoined?.();
    } catch (e) {
      notifications.show({ color: 'red', title: `Could not join ${group.name}`, message: errorMessage(e) });
    }
  };
  return (
    <Button size={size} loading={loading} onClick={() => void onClick()} aria-label={`${label} ${group.name}`}>
      {label}
    </Button>
  );
}
