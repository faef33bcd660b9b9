import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { useNetwork } from '../network/context';
import { EDIT_ON_OPEN } from './editor-loader';
import { CreateUnitMutation } from './operations';
import { UnitDetailsFields, unitDetailsValidation, type UnitDetailsValues } from './UnitDetailsFields';

interface CreateUnitModalProps {
  opened: boolean;
  onClose: () => void;
  group: { id: string; name: string; subject?: string | null; gradeBand?: string | null };
}

/** A group member starts a unit; it opens at once. */
export function CreateUnitModal({ opened, onClose, group }: CreateUnitModalProps) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  return (
    <Modal opened={opened} onClose={onClose} title="New unit" fullScreen={fullScreen} size="lg">
      {opened && <CreateUnitForm group={group} onDone={onClose} />}
    </Modal>
  );
}

function CreateUnitForm({ group, onDone }: { group: CreateUnitModalProps['group']; onDone: () => void }) {
  const { network } = useNetwork();
  const navigate = useNavigate();
  const [createUnit] = useMutation(CreateUnitMutation, { refetchQueries: ['GroupUnits'] });
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm<UnitDetailsValues>({
    name: 'create-unit',
    initialValues: { title: '', subject: group.subject ?? '', gradeBand: group.gradeBand ?? '', summary: '' },
    validate: unitDetailsValidation,
  });

  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    const { data } = await createUnit({
      variables: {
        input: {
          groupId: group.id,
          title: values.title.trim(),
          subject: values.subject.trim() || null,
          gradeBand: values.gradeBand || null,
          summary: values.summary.trim() || null,
        },
      },
    });
    const created = data?.createUnit;
    notifications.show({ color: 'green', title: 'Unit created', message: `${values.title.trim()} is ready to write.` });
    onDone();
    if (created) navigate(`/n/${network.slug}/units/${created.id}`, { state: EDIT_ON_OPEN });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          Members of {group.name} write the unit together, section by section, following backward design: desired
          results, evidence, then the learning plan.
        </Text>
        <FormAlert error={apiError} />
        <UnitDetailsFields form={form} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Create unit
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
