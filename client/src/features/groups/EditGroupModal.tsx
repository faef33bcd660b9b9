import { useState } from 'react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { LIMITS, type GroupAccess, type PrimeFocus } from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import type { GroupCardFieldsFragment } from '../../gql/graphql';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { UpdateGroupMutation } from './operations';
import { DESCRIPTION_MAX, GroupPurposeFields } from './GroupPurposeFields';

/** Facilitators and coordinators change a group's name, description, prime focus and access. */
export function EditGroupModal({ group, onClose }: { group: GroupCardFieldsFragment | null; onClose: () => void }) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  return (
    <Modal opened={group !== null} onClose={onClose} title="Edit group" fullScreen={fullScreen} size="lg">
      {group && <EditGroupForm group={group} onDone={onClose} />}
    </Modal>
  );
}

function EditGroupForm({ group, onDone }: { group: GroupCardFieldsFragment; onDone: () => void }) {
  const [updateGroup] = useMutation(UpdateGroupMutation, { refetchQueries: ['GroupPage'] });
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    name: 'edit-group',
    initialValues: {
      name: group.name,
      description: group.description,
      primeFocus: group.primeFocus as PrimeFocus,
      access: group.access as GroupAccess,
    },
    validate: {
      name: (v) => (v.trim() ? null : 'The group needs a name.'),
      description: (v) =>
        v.length > DESCRIPTION_MAX ? `Keep the description under ${DESCRIPTION_MAX} characters.` : null,
    },
  });

  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    await updateGroup({
      variables: {
        input: {
          id: group.id,
          name: values.name.trim(),
          description: values.description.trim(),
          primeFocus: values.primeFocus,
          access: values.access,
        },
      },
      awaitRefetchQueries: true,
    });
    notifications.show({ color: 'green', title: 'Group saved', message: `${values.name.trim()} is up to date.` });
    onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert error={apiError} />
        <TextInput
          label="Group name"
          maxLength={LIMITS.nameMax}
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <GroupPurposeFields form={form} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
