import { useState } from 'react';
import { Button, Group, Modal, Radio, Stack, TextInput, Textarea } from '@mantine/core';
import '@mantine/core/styles/Radio.css';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { OBSERVATION_MODE_LABELS, OBSERVATION_MODES, OBSERVE_LIMITS, type ObservationMode } from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import { submitWithApiErrors, type ApiError } from '../../lib/errors';
import { AdultPicker } from '../network/AdultPicker';
import { useNetwork } from '../network/context';
import { CreateLessonStudyMutation } from './operations';

interface Values {
  title: string;
  theme: string;
  observationMode: ObservationMode;
  teacherIds: string[];
}

/** Starts a lesson study in a group: you facilitate it; the teaching teacher is you or a colleague. */
export function StartLessonStudyModal({
  opened,
  onClose,
  groupId,
}: {
  opened: boolean;
  onClose: () => void;
  groupId: string;
}) {
  const { network } = useNetwork();
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CreateLessonStudyMutation);
  const [error, setError] = useState<ApiError | null>(null);
  const form = useForm<Values>({
    initialValues: { title: '', theme: '', observationMode: 'RECORDED', teacherIds: [] },
    validate: {
      title: (v) => (!v.trim() ? 'Give the lesson study a title.' : null),
      theme: (v) => (!v.trim() ? 'Write the research theme: the long-term goal for students.' : null),
    },
  });
  const submit = submitWithApiErrors<Values>(form, setError, async (values) => {
    const { data } = await create({
      variables: {
        input: {
          groupId,
          title: values.title.trim(),
          theme: values.theme.trim(),
          observationMode: values.observationMode,
          teacherId: values.teacherIds[0] ?? null,
        },
      },
    });
    if (!data) return;
    form.reset();
    onClose();
    void navigate(`/n/${network.slug}/lesson-studies/${data.createLessonStudy.id}`);
  });

  return (
    <Modal opened={opened} onClose={onClose} title="Start a lesson study" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert error={error} />
          <TextInput
            label="Title"
            description="For example: The locked box"
            required
            maxLength={OBSERVE_LIMITS.titleMax}
            {...form.getInputProps('title')}
          />
          <Textarea
            label="Research theme"
            description="The long-term goal for students the lesson serves."
            required
            autosize
            minRows={2}
            maxLength={OBSERVE_LIMITS.themeMax}
            {...form.getInputProps('theme')}
          />
          <Radio.Group label="How colleagues observe the lesson" {...form.getInputProps('observationMode')}>
            <Stack gap="xs" mt="xs">
              {OBSERVATION_MODES.map((mode) => (
                <Radio key={mode} value={mode} label={OBSERVATION_MODE_LABELS[mode]} />
              ))}
            </Stack>
          </Radio.Group>
          <AdultPicker
            label="Teaching teacher"
            description="Leave empty if you teach the research lesson yourself."
            maxValues={1}
            value={form.values.teacherIds}
            onChange={(ids) => form.setFieldValue('teacherIds', ids)}
            data-path="teacherId"
            error={form.errors.teacherId}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Start
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
