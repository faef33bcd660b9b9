import { useState } from 'react';
import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { FormAlert } from '../../components/FormAlert';
import { PageLoader } from '../../components/QueryState';
import type { RubricFieldsFragment } from '../../gql/graphql';
import { toApiError, type ApiError } from '../../lib/errors';
import { GroupsQuery } from '../groups/operations';
import { useNetwork } from '../network/context';
import { ShareRubricMutation } from './operations';

/** The author shares a rubric with one of their job-alike groups, or stops sharing it. */
export function ShareRubricModal({ rubric, onClose }: { rubric: RubricFieldsFragment | null; onClose: () => void }) {
  return (
    <Modal opened={rubric !== null} onClose={onClose} title="Share rubric">
      {rubric && <ShareForm rubric={rubric} onDone={onClose} />}
    </Modal>
  );
}

function ShareForm({ rubric, onDone }: { rubric: RubricFieldsFragment; onDone: () => void }) {
  const { network } = useNetwork();
  const { data, loading } = useQuery(GroupsQuery, {
    variables: { networkId: network.id, filter: { mine: true }, first: 100 },
  });
  const [share, { loading: saving }] = useMutation(ShareRubricMutation);
  const [groupId, setGroupId] = useState(rubric.sharedWithGroup?.id ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const groups = (data?.groups.nodes ?? []).filter((g) => g.viewerMember?.status === 'ACTIVE' && !g.archivedAt);

  const save = async () => {
    setError(null);
    try {
      const res = await share({ variables: { rubricId: rubric.id, groupId: groupId || null } });
      const shared = res.data?.shareRubric.sharedWithGroup;
      notifications.show({
        color: 'green',
        title: shared ? 'Rubric shared' : 'Rubric no longer shared',
        message: shared ? `Members of ${shared.name} can now see and copy it.` : 'Only you can see it now.',
      });
      onDone();
    } catch (e) {
      setError(toApiError(e));
    }
  };

  if (loading && !data) return <PageLoader label="Loading your groups…" />;
  return (
    <Stack>
      <FormAlert error={error} />
      <Text size="sm">
        Members of the group can see “{rubric.title}” and make their own copy. Only you can change it.
      </Text>
      <NativeSelect
        label="Share with"
        value={groupId}
        onChange={(e) => setGroupId(e.currentTarget.value)}
        data={[{ value: '', label: 'Nobody (only me)' }, ...groups.map((g) => ({ value: g.id, label: g.name }))]}
        description={groups.length === 0 ? 'Join a job-alike group to share rubrics with it.' : undefined}
        data-autofocus
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button onClick={() => void save()} loading={saving}>
          Save
        </Button>
      </Group>
    </Stack>
  );
}
