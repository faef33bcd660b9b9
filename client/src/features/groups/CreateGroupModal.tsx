import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import type { GroupAccess, GroupFocus, PrimeFocus } from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import type { Role } from '../../gql/graphql';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { useNetwork } from '../network/context';
import { CreateGroupMutation } from './operations';
import { AdultPicker } from '../network/AdultPicker';
import { GroupFocusFields, groupFocusInput, groupFocusRules } from './GroupFocusFields';
import { GroupPurposeFields } from './GroupPurposeFields';

export function CreateGroupModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  return (
    <Modal opened={opened} onClose={onClose} title="Create a group" fullScreen={fullScreen} size="lg">
      {opened && <CreateGroupForm onDone={onClose} />}
    </Modal>
  );
}

function CreateGroupForm({ onDone }: { onDone: () => void }) {
  const { network } = useNetwork();
  const navigate = useNavigate();
  const [createGroup] = useMutation(CreateGroupMutation, { refetchQueries: ['Groups'] });
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    name: 'create-group',
    initialValues: {
      name: '',
      focus: 'SUBJECT' as GroupFocus,
      subject: '',
      gradeBand: '',
      role: 'TEACHER' as Role,
      description: '',
      primeFocus: 'CURRICULUM' as PrimeFocus,
      access: 'OPEN' as GroupAccess,
      facilitatorIds: [] as string[],
    },
    validate: {
      ...groupFocusRules('Math Job-Alike'),
      facilitatorIds: (v) => (v.length > 10 ? 'Appoint at most 10 facilitators.' : null),
    },
  });

  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    const { data } = await createGroup({
      variables: {
        input: {
          networkId: network.id,
          ...groupFocusInput(values, values.role),
          primeFocus: values.primeFocus,
          access: values.access,
          facilitatorIds: values.facilitatorIds,
        },
      },
    });
    const created = data?.createGroup;
    notifications.show({ color: 'green', title: 'Group created', message: `${values.name.trim()} is ready.` });
    onDone();
    if (created) navigate(`/n/${network.slug}/groups/${created.id}`);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          A group gathers people who do the same job in different schools of {network.name}. Facilitators approve join
          requests and keep the conversation going.
        </Text>
        <FormAlert error={apiError} />
        <GroupFocusFields form={form} chooseRole />
        <GroupPurposeFields form={form} />
        <AdultPicker
          {...form.getInputProps('facilitatorIds')}
          value={form.values.facilitatorIds}
          label="Facilitators"
          description="Optional. Type a name to find people; facilitators approve join requests and can hide posts."
          maxValues={10}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Create group
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
