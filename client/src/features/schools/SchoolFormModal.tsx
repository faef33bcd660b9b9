import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { LIMITS, US_STATES } from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { timeZoneOptions } from '../../lib/timeZones';
import type { ShellSchool } from '../network/context';
import { CreateSchoolMutation, UpdateSchoolMutation } from './operations';

const STATE_OPTIONS = Object.entries(US_STATES)
  .map(([code, name]) => ({ value: code, label: `${name} (${code})` }))
  .sort((a, b) => a.label.localeCompare(b.label));

interface SchoolFormModalProps {
  networkId: string;
  /** The school to edit; none to add a new one. */
  school: ShellSchool | null;
  opened: boolean;
  onClose: () => void;
}

/** Add or edit a school. Rendered only while open, so each opening starts fresh. */
export function SchoolFormModal({ networkId, school, opened, onClose }: SchoolFormModalProps) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={school ? `Edit ${school.name}` : 'Add a school'}
      fullScreen={fullScreen}
      size="lg"
    >
      {opened && <SchoolForm networkId={networkId} school={school} onDone={onClose} />}
    </Modal>
  );
}

function SchoolForm({
  networkId,
  school,
  onDone,
}: {
  networkId: string;
  school: ShellSchool | null;
  onDone: () => void;
}) {
  const [createSchool] = useMutation(CreateSchoolMutation, { refetchQueries: ['NetworkShell'] });
  const [updateSchool] = useMutation(UpdateSchoolMutation);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    name: 'school',
    mode: 'uncontrolled',
    initialValues: {
      name: school?.name ?? '',
      state: school?.state ?? '',
      locality: school?.locality ?? '',
      timeZone: school?.timeZone ?? '',
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Enter the school’s name.'),
      state: (v) => (v ? null : 'Choose a state.'),
      locality: (v) => (v.trim() ? null : 'Enter the town or area.'),
      timeZone: (v) => (v ? null : 'Choose a time zone.'),
    },
  });

  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    const input = {
      name: values.name.trim(),
      state: values.state,
      locality: values.locality.trim(),
      timeZone: values.timeZone,
    };
    if (school) {
      await updateSchool({ variables: { input: { id: school.id, ...input } } });
      notifications.show({ color: 'green', title: 'School saved', message: input.name });
    } else {
      await createSchool({ variables: { input: { networkId, ...input } }, awaitRefetchQueries: true });
      notifications.show({ color: 'green', title: 'School added', message: input.name });
    }
    onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert error={apiError} />
        <TextInput
          label="School name"
          maxLength={LIMITS.nameMax}
          required
          data-autofocus
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <Select
          label="State"
          data={STATE_OPTIONS}
          searchable
          required
          allowDeselect={false}
          nothingFoundMessage="No state matches"
          comboboxProps={{ withinPortal: true }}
          key={form.key('state')}
          {...form.getInputProps('state')}
        />
        <TextInput
          label="Town or area"
          maxLength={LIMITS.localityMax}
          required
          key={form.key('locality')}
          {...form.getInputProps('locality')}
        />
        <Select
          label="Time zone"
          description="Used for class times and reminders."
          data={timeZoneOptions()}
          searchable
          required
          allowDeselect={false}
          limit={200}
          nothingFoundMessage="No time zone matches"
          comboboxProps={{ withinPortal: true }}
          key={form.key('timeZone')}
          {...form.getInputProps('timeZone')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {school ? 'Save changes' : 'Save school'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
