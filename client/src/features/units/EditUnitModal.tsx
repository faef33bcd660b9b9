import { useState } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { FormAlert } from '../../components/FormAlert';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { UpdateUnitMutation } from './operations';
import { UnitDetailsFields, unitDetailsValidation, type UnitDetailsValues } from './UnitDetailsFields';

interface EditableUnit {
  id: string;
  title: string;
  subject: string;
  gradeBand?: string | null;
  summary: string;
}

/** Authors change a unit's title, subject, grade band and summary. */
export function EditUnitModal({ unit, onClose }: { unit: EditableUnit | null; onClose: () => void }) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  return (
    <Modal opened={unit !== null} onClose={onClose} title="Edit unit details" fullScreen={fullScreen} size="lg">
      {unit && <EditUnitForm unit={unit} onDone={onClose} />}
    </Modal>
  );
}

function EditUnitForm({ unit, onDone }: { unit: EditableUnit; onDone: () => void }) {
  const [updateUnit] = useMutation(UpdateUnitMutation);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm<UnitDetailsValues>({
    name: 'edit-unit',
    initialValues: {
      title: unit.title,
      subject: unit.subject,
      gradeBand: unit.gradeBand ?? '',
      summary: unit.summary,
    },
    validate: unitDetailsValidation,
  });

  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    await updateUnit({
      variables: {
        input: {
          unitId: unit.id,
          title: values.title.trim(),
          subject: values.subject.trim(),
          gradeBand: values.gradeBand,
          summary: values.summary.trim(),
        },
      },
    });
    notifications.show({ color: 'green', title: 'Unit saved', message: `${values.title.trim()} is up to date.` });
    onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert error={apiError} />
        <UnitDetailsFields form={form} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Save details
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
