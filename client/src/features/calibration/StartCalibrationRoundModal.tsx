import { useState } from 'react';
import { Button, Checkbox, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { CALIBRATION_LIMITS } from '@switchback/shared';
import '@mantine/core/styles/Checkbox.css';
import { FormAlert } from '../../components/FormAlert';
import { focusFirstError, submitWithApiErrors, toApiError, type ApiError } from '../../lib/errors';
import { formatDate, plural } from '../../lib/format';
import { useNetwork } from '../network/context';
import { RubricsQuery } from '../rubrics/operations';
import { CalibrationEssayCandidatesQuery, CreateCalibrationRoundMutation } from './operations';

const { essaysMin, essaysMax, essayMin, essayMax, titleMax } = CALIBRATION_LIMITS;

interface Values {
  title: string;
  rubricId: string | null;
  essays: string[];
  candidateIds: string[];
}

const EXCERPT = 280;

/** A facilitator opens a round: a title, a rubric they can read, and 3–6 essays pasted or chosen from offers. */
export function StartCalibrationRoundModal({
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
  const rubrics = useQuery(RubricsQuery, { variables: { networkId: network.id }, skip: !opened });
  const candidates = useQuery(CalibrationEssayCandidatesQuery, { variables: { groupId }, skip: !opened });
  const [create, { loading }] = useMutation(CreateCalibrationRoundMutation, {
    refetchQueries: ['GroupCalibrationRounds'],
  });
  const [error, setError] = useState<ApiError | null>(null);
  const form = useForm<Values>({
    initialValues: { title: '', rubricId: null, essays: ['', '', ''], candidateIds: [] },
    validate: {
      title: (v) => (!v.trim() ? 'Give the round a title.' : null),
      rubricId: (v) => (!v ? 'Choose the rubric the essays are scored on.' : null),
      candidateIds: (ids, values) => {
        const total = ids.length + values.essays.length;
        return total < essaysMin || total > essaysMax
          ? `A round has ${essaysMin} to ${essaysMax} essays: you have ${plural(total, 'essay')}. Paste or choose ${total < essaysMin ? 'more' : 'fewer'}.`
          : null;
      },
    },
  });
  const validateEssays = (values: Values): Record<string, string> => {
    const errors: Record<string, string> = {};
    values.essays.forEach((text, i) => {
      const n = text.trim().length;
      if (n < essayMin)
        errors[`essays.${i}`] =
          n === 0 ? 'Paste the essay, or remove this box.' : `An essay has at least ${essayMin} characters.`;
      else if (n > essayMax) errors[`essays.${i}`] = `Keep an essay under ${essayMax.toLocaleString()} characters.`;
    });
    return errors;
  };

  const submit = submitWithApiErrors<Values>(
    form,
    setError,
    async (values) => {
      const essayErrors = validateEssays(values);
      if (Object.keys(essayErrors).length) {
        form.setErrors(essayErrors);
        requestAnimationFrame(() => form.getInputNode(Object.keys(essayErrors)[0]!)?.focus());
        return;
      }
      const { data } = await create({
        variables: {
          input: {
            groupId,
            rubricId: values.rubricId ?? '',
            title: values.title.trim(),
            essays: values.essays.map((e) => e.trim()),
            candidateIds: values.candidateIds,
          },
        },
      });
      if (!data) return;
      form.reset();
      onClose();
      void navigate(`/n/${network.slug}/calibration/${data.createCalibrationRound.id}`);
    },
    (e) => {
      // The server names fields "essays.1", "title"…: show each next to its field.
      const api = toApiError(e);
      const errors: Record<string, string> = {};
      for (const [field, message] of Object.entries(api.fieldErrors)) {
        const known =
          field === 'title' || field === 'rubricId' || field === 'candidateIds' || /^essays\.\d+$/.test(field);
        errors[known ? field : field.split('.')[0]!] = message;
      }
      if (Object.keys(errors).length) {
        form.setErrors(errors);
        focusFirstError(form, errors);
      }
      return api;
    },
  );

  const readable = (rubrics.data?.rubrics ?? []).filter((r) => r.criteria.length > 0);
  const offered = candidates.data?.calibrationEssayCandidates ?? [];
  const total = form.values.essays.length + form.values.candidateIds.length;

  return (
    <Modal opened={opened} onClose={onClose} title="Start a calibration round" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            Everyone in the group scores the same {essaysMin}–{essaysMax} essays on the rubric, each on their own. When
            at least two have finished, you reveal the scores and the group agrees on a score for each essay and
            criterion. The agreed essays become the rubric&rsquo;s anchor papers.
          </Text>
          <FormAlert error={error} title="The round was not started" />
          <TextInput
            label="Title"
            description="For example: Argument essays, autumn"
            required
            maxLength={titleMax}
            {...form.getInputProps('title')}
          />
          <Select
            label="Rubric"
            description="A rubric you wrote or one shared with a group you are in."
            placeholder={rubrics.loading ? 'Loading rubrics…' : 'Choose a rubric'}
            data={readable.map((r) => ({
              value: r.id,
              label: r.version > 1 ? `${r.title} (version ${r.version})` : r.title,
            }))}
            nothingFoundMessage="No rubric with criteria yet"
            required
            allowDeselect={false}
            {...form.getInputProps('rubricId')}
          />
          <Stack gap="xs" component="fieldset" m={0} p={0} style={{ border: 0 }}>
            <Text component="legend" fw={500} size="sm">
              Pasted essays
            </Text>
            <Text size="sm" c="dimmed">
              Remove every name, school and place first: anchor essays never identify a writer or a school.
            </Text>
            {form.values.essays.map((_, i) => (
              <Stack key={i} gap={4}>
                <Textarea
                  label={`Pasted essay ${i + 1}`}
                  autosize
                  minRows={3}
                  maxRows={10}
                  maxLength={essayMax}
                  {...form.getInputProps(`essays.${i}`)}
                />
                <Group justify="flex-end">
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    mih={44}
                    onClick={() => form.removeListItem('essays', i)}
                  >
                    Remove pasted essay {i + 1}
                  </Button>
                </Group>
              </Stack>
            ))}
            <Group>
              <Button variant="default" disabled={total >= essaysMax} onClick={() => form.insertListItem('essays', '')}>
                Add an essay
              </Button>
            </Group>
          </Stack>
          {offered.length > 0 && (
            <Checkbox.Group
              label="Essays offered by colleagues"
              description="From past exchanges, offered by the writer's own teacher. Shown without any name or school."
              {...form.getInputProps('candidateIds')}
            >
              <Stack gap="sm" mt="xs">
                {offered.map((c) => (
                  <Checkbox
                    key={c.id}
                    value={c.id}
                    label={`${c.exchangeTitle} · offered ${formatDate(c.offeredAt)}`}
                    description={c.body.length > EXCERPT ? `${c.body.slice(0, EXCERPT)}…` : c.body}
                    styles={{ description: { whiteSpace: 'pre-wrap' } }}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          {offered.length === 0 && form.errors.candidateIds && (
            <Text c="red" size="sm" role="alert">
              {form.errors.candidateIds}
            </Text>
          )}
          <Text size="sm" aria-live="polite">
            {plural(total, 'essay')} in the round ({essaysMin} to {essaysMax}).
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Start the round
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
