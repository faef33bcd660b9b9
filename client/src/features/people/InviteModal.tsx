import { useState } from 'react';
import { Button, Group, Modal, MultiSelect, NativeSelect, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import {
  COMMON_SUBJECTS,
  GRADE_LEVELS,
  INVITABLE_ROLES,
  LIMITS,
  ROLE_LABELS,
  type InvitableRole,
} from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { gradeLabel } from '../../lib/format';
import { useNetwork } from '../network/context';
import { InviteMemberMutation } from './operations';

export function InviteModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  return (
    <Modal opened={opened} onClose={onClose} title="Invite someone" fullScreen={fullScreen} size="lg">
      {opened && <InviteForm onDone={onClose} />}
    </Modal>
  );
}

const GRADE_OPTIONS = GRADE_LEVELS.map((g) => ({ value: g, label: gradeLabel(g) }));

function InviteForm({ onDone }: { onDone: () => void }) {
  const { network, role: myRole, membership } = useNetwork();
  const isCoordinator = myRole === 'COORDINATOR';
  const roles: readonly InvitableRole[] = isCoordinator ? INVITABLE_ROLES : ['ADMINISTRATOR', 'TEACHER'];
  const [invite] = useMutation(InviteMemberMutation, { refetchQueries: ['Invitations'] });
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    name: 'invite',
    initialValues: {
      email: '',
      role: 'TEACHER' as InvitableRole,
      schoolId: isCoordinator ? '' : (membership.schoolId ?? ''),
      subjects: [] as string[],
      gradeLevels: [] as string[],
    },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter an email address like name@school.org.'),
      schoolId: (v, values) => (values.role === 'COORDINATOR' || v ? null : 'Choose a school.'),
      subjects: (v) =>
        v.length > LIMITS.subjectsMax
          ? `Choose at most ${LIMITS.subjectsMax} subjects.`
          : v.some((s) => s.length > LIMITS.subjectMax)
            ? `Keep each subject under ${LIMITS.subjectMax} characters.`
            : null,
    },
  });
  const { role } = form.values;
  const needsSchool = role !== 'COORDINATOR';
  const schools = [...network.schools].sort((a, b) => a.name.localeCompare(b.name));

  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    const email = values.email.trim();
    await invite({
      variables: {
        input: {
          networkId: network.id,
          email,
          role: values.role,
          schoolId: values.role === 'COORDINATOR' ? null : values.schoolId || null,
          subjects: values.role === 'COORDINATOR' ? [] : values.subjects.map((s) => s.trim()).filter(Boolean),
          gradeLevels: values.role === 'COORDINATOR' ? [] : values.gradeLevels,
        },
      },
    });
    notifications.show({
      color: 'green',
      title: 'Invitation sent',
      message: isCoordinator
        ? `We emailed an invitation link to ${email}. You can also copy it from the Outbox.`
        : `We emailed an invitation link to ${email}.`,
    });
    onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">They get an email with a link to join {network.name}. The link works for 7 days.</Text>
        <FormAlert error={apiError} />
        <TextInput
          label="Email"
          type="email"
          autoComplete="off"
          maxLength={LIMITS.emailMax}
          required
          data-autofocus
          {...form.getInputProps('email')}
        />
        <NativeSelect
          label="Role"
          required
          data={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          {...form.getInputProps('role')}
        />
        {needsSchool && (
          <NativeSelect
            label="School"
            required
            disabled={!isCoordinator}
            description={isCoordinator ? undefined : 'Principals invite people to their own school.'}
            data={[
              { value: '', label: 'Choose a school…', disabled: true },
              ...schools.map((s) => ({ value: s.id, label: s.name })),
            ]}
            {...form.getInputProps('schoolId')}
          />
        )}
        {needsSchool && (
          <>
            <TagsInput
              label="Subjects"
              description="Optional. Pick from the list or type a subject and press Enter."
              data={[...COMMON_SUBJECTS]}
              maxTags={LIMITS.subjectsMax}
              clearable
              acceptValueOnBlur
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('subjects')}
            />
            <MultiSelect
              label="Grade levels"
              description="Optional."
              data={GRADE_OPTIONS}
              clearable
              hidePickedOptions
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('gradeLevels')}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Send invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
