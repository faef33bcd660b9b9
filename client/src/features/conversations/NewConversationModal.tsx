import { useState } from 'react';
import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { CONVERSATION_LIMITS } from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import { submitWithApiErrors, type ApiError } from '../../lib/errors';
import { AdultPicker } from '../network/AdultPicker';
import { useNetwork } from '../network/context';
import { StartConversationMutation } from './operations';

interface Values {
  participantIds: string[];
  title: string;
  body: string;
}

const OTHERS_MAX = CONVERSATION_LIMITS.peopleMax - 1;

/** Start a conversation with one to seven adults of the network, with a first message. */
export function NewConversationModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { network } = useNetwork();
  const navigate = useNavigate();
  const [start, { loading }] = useMutation(StartConversationMutation);
  const [error, setError] = useState<ApiError | null>(null);
  const form = useForm<Values>({
    initialValues: { participantIds: [], title: '', body: '' },
    validate: {
      participantIds: (v) => (v.length === 0 ? 'Choose at least one person to talk with.' : null),
      title: (v) =>
        v.length > CONVERSATION_LIMITS.titleMax
          ? `The name is at most ${CONVERSATION_LIMITS.titleMax} characters.`
          : null,
      body: (v) =>
        !v.trim()
          ? 'Write a message to send.'
          : v.length > CONVERSATION_LIMITS.bodyMax
            ? `Messages are at most ${CONVERSATION_LIMITS.bodyMax} characters.`
            : null,
    },
  });
  const group = form.values.participantIds.length > 1;

  const submit = submitWithApiErrors<Values>(form, setError, async (values) => {
    const { data } = await start({
      variables: {
        input: {
          networkId: network.id,
          participantIds: values.participantIds,
          title: group && values.title.trim() ? values.title.trim() : undefined,
          body: values.body,
        },
      },
    });
    if (!data) return;
    form.reset();
    onClose();
    void navigate(`/n/${network.slug}/messages/${data.startConversation.id}`);
  });

  return (
    <Modal opened={opened} onClose={onClose} title="New conversation" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert error={error} />
          <AdultPicker
            label="With"
            description={`Adults of ${network.name}: one person, or a small group of up to ${OTHERS_MAX}.`}
            maxValues={OTHERS_MAX}
            excludeViewer
            required
            data-path="participantIds"
            value={form.values.participantIds}
            onChange={(ids) => form.setFieldValue('participantIds', ids)}
            error={form.errors.participantIds}
          />
          {group && (
            <TextInput
              label="Name of the group (optional)"
              description="For example: Science job-alikes"
              maxLength={CONVERSATION_LIMITS.titleMax}
              {...form.getInputProps('title')}
            />
          )}
          <Textarea label="Message" required autosize minRows={3} maxRows={10} {...form.getInputProps('body')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Send
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
