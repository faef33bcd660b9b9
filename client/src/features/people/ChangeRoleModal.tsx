import { useState } from 'react';
import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { INVITABLE_ROLES, ROLE_LABELS, type InvitableRole } from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { roleLabel } from '../../lib/format';
import { useNetwork } from '../network/context';
import { ChangeMemberRoleMutation } from './operations';
import type { MemberRow } from './PeoplePage';

export function ChangeRoleModal({ member, onClose }: { member: MemberRow | null; onClose: () => void }) {
  return (
    <Modal
      opened={member !== null}
      onClose={onClose}
      title={member ? `Change role of ${member.user.displayName}` : 'Change role'}
    >
      {member && <ChangeRoleForm member={member} onDone={onClose} />}
    </Modal>
  );
}

function ChangeRoleForm({ member, onDone }: { member: MemberRow; onDone: () => void }) {
  const { network } = useNetwork();
  const [changeRole] = useMutation(ChangeMemberRoleMutation);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    name: 'change-role',
    initialValues: {
      role: (INVITABLE_ROLES as readonly string[]).includes(member.role)
        ? (member.role as InvitableRole)
        : ('TEACHER' as InvitableRole),
      schoolId: member.schoolId ?? '',
    },
    validate: {
      schoolId: (v, values) => (values.role === 'COORDINATOR' || v ? null : 'Choose a school.'),
    },
  });
  const schools = [...network.schools].sort((a, b) => a.name.localeCompare(b.name));

  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    await changeRole({
      variables: {
        input: {
          memberId: member.id,
          role: values.role,
          schoolId: values.role === 'COORDINATOR' ? null : values.schoolId || null,
        },
      },
    });
    notifications.show({
      color: 'green',
      title: 'Role changed',
      message: `${member.user.displayName} is now ${roleLabel(values.role).toLowerCase()}.`,
    });
    onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          {member.user.displayName} is {roleLabel(member.role).toLowerCase()}
          {member.school ? ` at ${member.school.name}` : ''}.
        </Text>
        <FormAlert error={apiError} />
        <NativeSelect
          label="New role"
          data-autofocus
          data={INVITABLE_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          {...form.getInputProps('role')}
        />
        {form.values.role !== 'COORDINATOR' && (
          <NativeSelect
            label="School"
            required
            data={[
              { value: '', label: 'Choose a school…', disabled: true },
              ...schools.map((s) => ({ value: s.id, label: s.name })),
            ]}
            {...form.getInputProps('schoolId')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Change role
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
