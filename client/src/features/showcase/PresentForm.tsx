import { useState } from 'react';
import { Button, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import '../../components/lazy-styles';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { SHOWCASE_LIMITS, type ShowcaseKind } from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { useNetwork } from '../network/context';
import { AddToShowcaseMutation } from './operations';

interface PresentProps {
  kind: ShowcaseKind;
  targetId?: string;
  defaultTitle?: string;
  /** What the reflection field asks for. */
  prompt?: string;
  submitLabel?: string;
  onDone?: () => void;
}

/** The title and short reflection of something a teacher presents in the showcase. */
export function PresentForm({
  kind,
  targetId,
  defaultTitle = '',
  prompt,
  submitLabel = 'Present',
  onDone,
}: PresentProps) {
  const { network } = useNetwork();
  const [add, { loading }] = useMutation(AddToShowcaseMutation, { refetchQueries: ['Showcase'] });
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    initialValues: { title: defaultTitle.slice(0, SHOWCASE_LIMITS.titleMax), body: '' },
    validate: {
      title: (v) => (!v.trim() ? 'Give your item a title.' : null),
      body: (v) =>
        v.trim().length < SHOWCASE_LIMITS.bodyMin
          ? `Write a few sentences about your work (at least ${SHOWCASE_LIMITS.bodyMin} characters).`
          : null,
    },
  });
  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    const res = await add({
      variables: {
        input: { networkId: network.id, kind, targetId, title: values.title.trim(), body: values.body.trim() },
      },
    });
    const waiting = res.data?.addToShowcase.status === 'AWAITING_APPROVAL';
    notifications.show({
      color: 'green',
      title: waiting ? 'Sent for approval' : 'In the showcase',
      message: waiting
        ? 'The student’s own teacher approves it before anyone else sees it.'
        : 'Colleagues across the network can see it and respond.',
    });
    form.reset();
    onDone?.();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormAlert error={apiError} />
        <TextInput label="Title" required maxLength={SHOWCASE_LIMITS.titleMax} {...form.getInputProps('title')} />
        <Textarea
          label={prompt ?? 'Your reflection'}
          description="A few sentences: what it is, what happened, what you learned."
          required
          autosize
          minRows={3}
          maxLength={SHOWCASE_LIMITS.bodyMax}
          {...form.getInputProps('body')}
        />
        <Button type="submit" loading={loading} mih={44} style={{ alignSelf: 'flex-start' }}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}

/** "Present in the showcase": a button opening the form in a dialog, for a unit, a record, an exchange or an essay. */
export function PresentInShowcaseButton(props: PresentProps & { label?: string }) {
  const [opened, setOpened] = useState(false);
  const label = props.label ?? 'Present in the showcase';
  return (
    <>
      <Button variant="light" mih={44} onClick={() => setOpened(true)}>
        {label}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={label}>
        <PresentForm {...props} onDone={() => setOpened(false)} />
      </Modal>
    </>
  );
}
