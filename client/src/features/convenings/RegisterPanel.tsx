import { useState } from 'react';
import { Button, Checkbox, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { CONVENING_LIMITS as L, type RegistrationStatus } from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import { applyApiErrors, submitWithApiErrors, type ApiError } from '../../lib/errors';
import { REGISTRATION_LABELS } from './labels';
import { RegisterMutation } from './operations';

interface Registration {
  status: string;
  needs: { travel: string; needsLodging: boolean; dietary: string; accessibility: string };
}

interface Values {
  status: RegistrationStatus;
  travel: string;
  needsLodging: boolean;
  dietary: string;
  accessibility: string;
}

/** Your answer to the convening and what you need to get there and take part. */
export function RegisterPanel({
  conveningId,
  registration,
  open,
  deadline,
}: {
  conveningId: string;
  registration: Registration | null;
  open: boolean;
  deadline: string;
}) {
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [register] = useMutation(RegisterMutation);
  const form = useForm<Values>({
    name: 'registration',
    initialValues: {
      status: (registration?.status as RegistrationStatus) ?? 'GOING',
      travel: registration?.needs.travel ?? '',
      needsLodging: registration?.needs.needsLodging ?? false,
      dietary: registration?.needs.dietary ?? '',
      accessibility: registration?.needs.accessibility ?? '',
    },
  });
  const submit = submitWithApiErrors(
    form,
    setApiError,
    async (v) => {
      await register({
        variables: {
          conveningId,
          status: v.status,
          needs: {
            travel: v.travel.trim(),
            needsLodging: v.needsLodging,
            dietary: v.dietary.trim(),
            accessibility: v.accessibility.trim(),
          },
        },
      });
      notifications.show({ color: 'green', message: `Registration saved: ${REGISTRATION_LABELS[v.status]}.` });
    },
    (error) =>
      applyApiErrors(error, form, {
        'needs.travel': 'travel',
        'needs.dietary': 'dietary',
        'needs.accessibility': 'accessibility',
        'needs.needsLodging': 'needsLodging',
      }),
  );

  if (!open) {
    return (
      <Text size="sm" c="dimmed">
        {registration
          ? `You answered “${REGISTRATION_LABELS[registration.status as RegistrationStatus]}”. Registration is closed (${deadline}).`
          : `Registration is closed (${deadline}).`}
      </Text>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Registration">
      <Stack gap="sm">
        <FormAlert error={apiError} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="registration-status">
            Will you come?
          </Text>
          <SegmentedControl
            aria-labelledby="registration-status"
            data={(['GOING', 'MAYBE', 'NOT_GOING'] as const).map((s) => ({ value: s, label: REGISTRATION_LABELS[s] }))}
            {...form.getInputProps('status')}
            key={form.key('status')}
          />
        </Stack>
        <TextInput
          label="Travel"
          description="How you are getting there, and any help you need (a ride from the airport…)."
          maxLength={L.needsMax}
          {...form.getInputProps('travel')}
          key={form.key('travel')}
        />
        <Checkbox
          label="I need lodging"
          {...form.getInputProps('needsLodging', { type: 'checkbox' })}
          key={form.key('needsLodging')}
        />
        <TextInput
          label="Dietary needs"
          maxLength={L.needsMax}
          {...form.getInputProps('dietary')}
          key={form.key('dietary')}
        />
        <TextInput
          label="Accessibility needs"
          maxLength={L.needsMax}
          {...form.getInputProps('accessibility')}
          key={form.key('accessibility')}
        />
        <Text size="xs" c="dimmed">
          You can change your answer until {deadline}.
        </Text>
        <div>
          <Button type="submit" loading={form.submitting}>
            {registration ? 'Update registration' : 'Register'}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
