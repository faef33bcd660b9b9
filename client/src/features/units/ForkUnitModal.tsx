import { useState } from 'react';
import { Anchor, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { UNIT_LIMITS } from '@switchback/shared';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { PageLoader, QueryError } from '../../components/QueryState';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { useNetwork } from '../network/context';
import { EDIT_ON_OPEN } from './editor-loader';
import { ForkUnitMutation, MyUnitGroupsQuery } from './operations';

interface ForkUnitModalProps {
  unit: { id: string; title: string; groupId: string } | null;
  onClose: () => void;
}

/** Adapting a published unit: a draft copy in one of the viewer's groups, linked to the original. */
export function ForkUnitModal({ unit, onClose }: ForkUnitModalProps) {
  return (
    <Modal opened={unit !== null} onClose={onClose} title="Adapt this unit for your group" size="md">
      {unit && <ForkUnitForm unit={unit} onDone={onClose} />}
    </Modal>
  );
}

function ForkUnitForm({ unit, onDone }: { unit: NonNullable<ForkUnitModalProps['unit']>; onDone: () => void }) {
  const { network } = useNetwork();
  const base = `/n/${network.slug}`;
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(MyUnitGroupsQuery, {
    variables: { networkId: network.id },
    fetchPolicy: 'cache-and-network',
  });
  const [fork] = useMutation(ForkUnitMutation);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const groups = (data?.groups.nodes ?? []).filter((g) => g.viewerMember?.status === 'ACTIVE' && !g.archivedAt);
  const form = useForm({
    name: 'fork-unit',
    initialValues: { groupId: '', title: `${unit.title} (adapted)` },
    validate: {
      groupId: (v) => (v ? null : 'Choose the group that adapts the unit.'),
      title: (v) =>
        v.trim() === ''
          ? 'Give the adapted unit a title.'
          : v.trim().length > UNIT_LIMITS.titleMax
            ? `Keep the title under ${UNIT_LIMITS.titleMax} characters.`
            : null,
    },
  });

  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    const { data: forked } = await fork({
      variables: { unitId: unit.id, groupId: values.groupId, title: values.title.trim() },
    });
    const created = forked?.forkUnit;
    notifications.show({
      color: 'green',
      title: 'Unit adapted',
      message: `${created?.title ?? values.title} is a draft of your group now. Change it as you like; the original stays as it is.`,
    });
    onDone();
    if (created) navigate(`${base}/units/${created.id}`, { state: EDIT_ON_OPEN });
  });

  if (!data && loading) return <PageLoader label="Loading your groups…" />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (groups.length === 0) {
    return (
      <Stack>
        <Text>To adapt a unit you need to be a member of a group: its members write the copy together.</Text>
        <Anchor component={Link} to={`${base}/groups`} onClick={onDone}>
          Find a group to join
        </Anchor>
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          Your group gets a draft copy of every section to change as you like, under a title of its own. It says that it
          was adapted from “{unit.title}” and credits its authors; the original does not change.
        </Text>
        <FormAlert error={apiError} />
        <NativeSelect
          label="Group"
          required
          data-autofocus
          data={[
            { value: '', label: 'Choose a group…', disabled: true },
            ...groups.map((g) => ({
              value: g.id,
              label: g.id === unit.groupId ? `${g.name} (its own group)` : g.name,
            })),
          ]}
          {...form.getInputProps('groupId')}
        />
        <TextInput
          label="Title of your adaptation"
          description="Its own title, so your group's list tells it apart from the original."
          required
          maxLength={UNIT_LIMITS.titleMax}
          {...form.getInputProps('title')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Adapt unit
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
