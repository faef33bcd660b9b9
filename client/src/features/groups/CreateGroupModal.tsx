import { useState } from 'react';
import { Autocomplete, Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import {
  COMMON_SUBJECTS,
  GRADE_BANDS,
  GROUP_FOCUSES,
  LIMITS,
  type GroupAccess,
  type GroupFocus,
  type PrimeFocus,
} from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import type { Role } from '../../gql/graphql';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { roleLabel } from '../../lib/format';
import { useNetwork } from '../network/context';
import { FOCUS_LABELS, gradeBandLabel } from './labels';
import { CreateGroupMutation } from './operations';
import { AdultPicker } from '../network/AdultPicker';
import { DESCRIPTION_MAX, GroupPurposeFields } from './GroupPurposeFields';

export function CreateGroupModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  return (
    <Modal opened={opened} onClose={onClose} title="Create a group" fullScreen={fullScreen} size="lg">
      {opened && <CreateGroupForm onDone={onClose} />}
    </Modal>
  );
}

const GROUP_ROLES: Role[] = ['TEACHER', 'ADMINISTRATOR', 'COORDINATOR'];

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
      name: (v) => (v.trim() ? null : 'Give the group a name, like “Math Job-Alike”.'),
      subject: (v, values) =>
        values.focus !== 'SUBJECT'
          ? null
          : !v.trim()
            ? 'Enter the subject the group gathers.'
            : v.trim().length > LIMITS.subjectMax
              ? `Use at most ${LIMITS.subjectMax} characters.`
              : null,
      gradeBand: (v, values) => (values.focus !== 'GRADE_BAND' || v ? null : 'Choose a grade band.'),
      description: (v) =>
        v.length > DESCRIPTION_MAX ? `Keep the description under ${DESCRIPTION_MAX} characters.` : null,
      facilitatorIds: (v) => (v.length > 10 ? 'Appoint at most 10 facilitators.' : null),
    },
  });
  const { focus } = form.values;

  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    const { data } = await createGroup({
      variables: {
        input: {
          networkId: network.id,
          name: values.name.trim(),
          focus: values.focus,
          subject: values.focus === 'SUBJECT' ? values.subject.trim() : null,
          gradeBand: values.focus === 'GRADE_BAND' ? values.gradeBand : null,
          role: values.focus === 'ROLE' ? values.role : null,
          description: values.description.trim(),
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
        <TextInput
          label="Group name"
          maxLength={LIMITS.nameMax}
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            label="Focus"
            description="What the group gathers people by."
            required
            data={GROUP_FOCUSES.map((f) => ({ value: f, label: FOCUS_LABELS[f] }))}
            {...form.getInputProps('focus')}
          />
          {focus === 'SUBJECT' && (
            <Autocomplete
              label="Subject"
              description="Pick or type a subject."
              required
              data={[...COMMON_SUBJECTS]}
              maxLength={LIMITS.subjectMax}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('subject')}
            />
          )}
          {focus === 'GRADE_BAND' && (
            <NativeSelect
              label="Grade band"
              description="Teachers of these grades."
              required
              data={[
                { value: '', label: 'Choose a grade band…', disabled: true },
                ...GRADE_BANDS.map((b) => ({ value: b, label: gradeBandLabel(b) })),
              ]}
              {...form.getInputProps('gradeBand')}
            />
          )}
          {focus === 'ROLE' && (
            <NativeSelect
              label="Role"
              description="People with this role."
              required
              data={GROUP_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
              {...form.getInputProps('role')}
            />
          )}
        </SimpleGrid>
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
