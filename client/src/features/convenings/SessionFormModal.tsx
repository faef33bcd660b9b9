import { useState } from 'react';
import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import {
  checkSessionTimes,
  CONVENING_LIMITS as L,
  SESSION_KIND_LABELS,
  SESSION_KINDS,
  wallTimeToInstant,
  type SessionKind,
} from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import type { ConveningSessionFieldsFragment } from '../../gql/graphql';
import { applyApiErrors, submitWithApiErrors, type ApiError } from '../../lib/errors';
import { AdultPicker } from '../network/AdultPicker';
import { useNetwork } from '../network/context';
import { AddConveningSessionMutation, ConveningGroupsQuery, UpdateConveningSessionMutation } from './operations';
import { dayKey, fromWallInput, toWallInput } from './times';
import { DateTimeField } from '../../components/DateTimeField';

export interface SessionFormConvening {
  id: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

interface Values {
  kind: SessionKind;
  title: string;
  description: string;
  groupId: string | null;
  startsAt: string;
  endsAt: string;
  room: string;
  capacity: number | string;
  facilitatorIds: string[];
}

/** Add a session to the agenda (no `session`) or change one; times are the venue's wall-clock times. */
export function SessionFormModal({
  opened,
  onClose,
  convening,
  session,
}: {
  opened: boolean;
  onClose: () => void;
  convening: SessionFormConvening;
  session?: ConveningSessionFieldsFragment | null;
}) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={session ? `Edit “${session.title}”` : 'Add a session'}
      fullScreen={fullScreen}
      size="lg"
    >
      {opened && <SessionForm convening={convening} session={session ?? undefined} onDone={onClose} />}
    </Modal>
  );
}

function SessionForm({
  convening,
  session,
  onDone,
}: {
  convening: SessionFormConvening;
  session?: ConveningSessionFieldsFragment;
  onDone: () => void;
}) {
  const { network } = useNetwork();
  const tz = convening.timeZone;
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const groups = useQuery(ConveningGroupsQuery, { variables: { networkId: network.id } });
  const [add] = useMutation(AddConveningSessionMutation, { refetchQueries: ['ConveningPage'] });
  const [update] = useMutation(UpdateConveningSessionMutation);
  const firstDay = dayKey(convening.startsAt, tz);
  const form = useForm<Values>({
    name: 'session',
    initialValues: session
      ? {
          kind: session.kind as SessionKind,
          title: session.title,
          description: session.description,
          groupId: session.group?.id ?? null,
          startsAt: toWallInput(session.startsAt, tz),
          endsAt: toWallInput(session.endsAt, tz),
          room: session.room,
          capacity: session.capacity ?? '',
          facilitatorIds: session.facilitator ? [session.facilitator.id] : [],
        }
      : {
          kind: 'JOB_ALIKE',
          title: '',
          description: '',
          groupId: null,
          startsAt: `${firstDay}T09:00`,
          endsAt: `${firstDay}T10:00`,
          room: '',
          capacity: '',
          facilitatorIds: [],
        },
    validate: (v) => {
      const errors: Record<string, string> = {};
      if (!v.title.trim()) errors.title = 'Give the session a title.';
      if (v.kind === 'JOB_ALIKE' && !v.groupId) errors.groupId = 'Choose the job-alike group this session is for.';
      const wrong = checkSessionTimes(
        { startsAt: wallTimeToInstant(v.startsAt, tz), endsAt: wallTimeToInstant(v.endsAt, tz) },
        { startsAt: new Date(convening.startsAt), endsAt: new Date(convening.endsAt), timeZone: tz },
      );
      if (wrong) errors[wrong.field] = wrong.message;
      if (v.capacity !== '' && (!Number.isInteger(Number(v.capacity)) || Number(v.capacity) < 1))
        errors.capacity = 'Seats must be a whole number of at least 1 (or leave it empty for no limit).';
      return errors;
    },
  });

  const submit = submitWithApiErrors(
    form,
    setApiError,
    async (v) => {
      const fields = {
        kind: v.kind,
        title: v.title.trim(),
        description: v.description.trim(),
        groupId: v.groupId || null,
        startsAt: fromWallInput(v.startsAt, tz)!,
        endsAt: fromWallInput(v.endsAt, tz)!,
        room: v.room.trim(),
        capacity: v.capacity === '' ? null : Number(v.capacity),
        facilitatorId: v.facilitatorIds[0] ?? null,
      };
      if (session) await update({ variables: { input: { id: session.id, ...fields } } });
      else await add({ variables: { input: { conveningId: convening.id, ...fields } } });
      notifications.show({ color: 'green', message: session ? 'Session saved.' : 'Session added to the agenda.' });
      onDone();
    },
    // The server names the facilitator field facilitatorId; the form holds a list for the picker.
    (error) => applyApiErrors(error, form, { facilitatorId: 'facilitatorIds' }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert error={apiError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Kind"
            required
            allowDeselect={false}
            data={SESSION_KINDS.map((k) => ({ value: k, label: SESSION_KIND_LABELS[k] }))}
            {...form.getInputProps('kind')}
            key={form.key('kind')}
          />
          <Select
            label="Group"
            description="Required for job-alike sessions: its members take part."
            clearable
            searchable
            placeholder={groups.loading ? 'Loading groups…' : 'No group'}
            data={(groups.data?.groups.nodes ?? []).map((g) => ({ value: g.id, label: g.name }))}
            {...form.getInputProps('groupId')}
            key={form.key('groupId')}
          />
        </SimpleGrid>
        <TextInput
          label="Title"
          required
          maxLength={L.titleMax}
          {...form.getInputProps('title')}
          key={form.key('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateTimeField form={form} field="startsAt" label="Starts (venue time)" />
          <DateTimeField form={form} field="endsAt" label="Ends (venue time)" />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Room" maxLength={L.roomMax} {...form.getInputProps('room')} key={form.key('room')} />
          <NumberInput
            label="Seats"
            description="Leave empty for no limit; beyond it people join a waitlist."
            min={1}
            max={L.capacityMax}
            allowDecimal={false}
            {...form.getInputProps('capacity')}
            key={form.key('capacity')}
          />
        </SimpleGrid>
        <AdultPicker
          label="Facilitator"
          description="Leads the session and checks people in."
          maxValues={1}
          {...form.getInputProps('facilitatorIds')}
          value={form.values.facilitatorIds}
        />
        <Textarea
          label="Description"
          autosize
          minRows={2}
          maxLength={L.descriptionMax}
          {...form.getInputProps('description')}
          key={form.key('description')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {session ? 'Save' : 'Add session'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
