import { useState } from 'react';
import { Button, Radio, Stack, Textarea } from '@mantine/core';
import '@mantine/core/styles/Radio.css';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import {
  SHOWCASE_LIMITS,
  SHOWCASE_RESPONSE_KINDS,
  SHOWCASE_RESPONSE_PROMPTS,
  type ShowcaseResponseKind,
} from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { RespondToShowcaseMutation } from './operations';

/** Warm feedback only: "What worked" or "What I will borrow", a few sentences. */
export function ResponseForm({ itemId, title }: { itemId: string; title: string }) {
  const [respond, { loading }] = useMutation(RespondToShowcaseMutation, { refetchQueries: ['Showcase'] });
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    initialValues: { kind: 'WORKED' as ShowcaseResponseKind, body: '' },
    validate: {
      body: (v) =>
        v.trim().length < SHOWCASE_LIMITS.responseMin
          ? `Say a little more (at least ${SHOWCASE_LIMITS.responseMin} characters).`
          : null,
    },
  });
  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    await respond({ variables: { input: { itemId, kind: values.kind, body: values.body.trim() } } });
    notifications.show({ color: 'green', title: 'Response sent', message: 'The presenter will see it.' });
    form.reset();
  });
  return (
    <form onSubmit={submit} noValidate aria-label={`Respond to ${title}`}>
      <Stack gap="xs">
        <FormAlert error={apiError} />
        <Radio.Group label="Your response" {...form.getInputProps('kind')}>
          <Stack gap={4} mt={4}>
            {SHOWCASE_RESPONSE_KINDS.map((k) => (
              <Radio
                key={k}
                value={k}
                label={SHOWCASE_RESPONSE_PROMPTS[k]}
                styles={{ body: { minHeight: 44, alignItems: 'center' } }}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={SHOWCASE_RESPONSE_PROMPTS[form.values.kind]}
          description="Warm feedback: say what you liked or what you will take to your own class."
          autosize
          minRows={2}
          maxLength={SHOWCASE_LIMITS.responseMax}
          {...form.getInputProps('body')}
        />
        <Button type="submit" loading={loading} mih={44} style={{ alignSelf: 'flex-start' }}>
          Send response
        </Button>
      </Stack>
    </form>
  );
}
