import { useState } from 'react';
import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import {
  checkConveningDates,
  CONVENING_LIMITS as L,
  isValidTimeZone,
  wallTimeToInstant,
  type ConveningSeason,
} from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import type { ConveningPageQuery } from '../../gql/graphql';
import { submitWithApiErrors, type ApiError } from '../../lib/errors';
import { timeZoneOptions } from '../../lib/timeZones';
import { useNetwork } from '../network/context';
import { CreateConveningMutation, UpdateConveningMutation } from './operations';
import { fromWallInput, toWallInput, viewerTimeZone } from './times';
import { DateTimeField } from '../../components/DateTimeField';

type Convening = ConveningPageQuery['convening'];

interface Values {
  title: string;
  season: ConveningSeason;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  registrationDeadline: string;
  venue: string;
  address: string;
  hostSchoolId: string | null;
  description: string;
}

/** Create (no `convening`) or edit a convening. Times are typed as wall-clock times at the venue. */
export function ConveningFormModal({
  opened,
  onClose,
  convening,
}: {
  opened: boolean;
  onClose: () => void;
  convening?: Convening;
}) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={convening ? 'Edit the convening' : 'Plan a convening'}
      fullScreen={fullScreen}
      size="lg"
    >
      {opened && <ConveningForm convening={convening} onDone={onClose} />}
    </Modal>
  );
}

function defaults(convening: Convening | undefined, fallbackZone: string): Values {
  if (convening) {
    const tz = convening.timeZone;
    return {
      title: convening.title,
      season: convening.season as ConveningSeason,
      timeZone: tz,
      startsAt: toWallInput(convening.startsAt, tz),
      endsAt: toWallInput(convening.endsAt, tz),
      registrationDeadline: toWallInput(convening.registrationDeadline, tz),
      venue: convening.venue,
      address: convening.address,
      hostSchoolId: convening.hostSchoolId ?? null,
      description: convening.description,
    };
  }
  const month = new Date().getMonth();
  return {
    title: '',
    season: month >= 6 ? 'FALL' : 'SPRING',
    timeZone: fallbackZone,
    startsAt: '',
    endsAt: '',
    registrationDeadline: '',
    venue: '',
    address: '',
    hostSchoolId: null,
    description: '',
  };
}

function ConveningForm({ convening, onDone }: { convening?: Convening; onDone: () => void }) {
  const { network } = useNetwork();
  const navigate = useNavigate();
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [create] = useMutation(CreateConveningMutation, { refetchQueries: ['Convenings'] });
  const [update] = useMutation(UpdateConveningMutation);
  const zone = network.schools[0]?.timeZone ?? viewerTimeZone();
  const form = useForm<Values>({
    name: 'convening',
    initialValues: defaults(convening, zone),
    validate: (v) => {
      const errors: Record<string, string> = {};
      if (!v.title.trim()) errors.title = 'Give the convening a title.';
      if (!v.venue.trim()) errors.venue = 'Say where it takes place.';
      if (!isValidTimeZone(v.timeZone)) errors.timeZone = 'Choose the time zone of the venue.';
      const tz = isValidTimeZone(v.timeZone) ? v.timeZone : 'UTC';
      const wrong = checkConveningDates({
        startsAt: wallTimeToInstant(v.startsAt, tz),
        endsAt: wallTimeToInstant(v.endsAt, tz),
        registrationDeadline: wallTimeToInstant(v.registrationDeadline, tz),
      });
      if (wrong) errors[wrong.field] = wrong.message;
      return errors;
    },
  });

  const submit = submitWithApiErrors(form, setApiError, async (v) => {
    const fields = {
      title: v.title.trim(),
      season: v.season,
      timeZone: v.timeZone,
      startsAt: fromWallInput(v.startsAt, v.timeZone)!,
      endsAt: fromWallInput(v.endsAt, v.timeZone)!,
      registrationDeadline: fromWallInput(v.registrationDeadline, v.timeZone)!,
      venue: v.venue.trim(),
      address: v.address.trim(),
      hostSchoolId: v.hostSchoolId || null,
      description: v.description.trim(),
    };
    if (convening) {
      await update({ variables: { input: { id: convening.id, ...fields } } });
      notifications.show({ color: 'green', message: 'Convening saved.' });
      onDone();
      return;
    }
    const res = await create({ variables: { input: { networkId: network.id, ...fields } } });
    notifications.show({ color: 'green', title: 'Convening created', message: 'Add sessions, then publish it.' });
    onDone();
    if (res.data) void navigate(`/n/${network.slug}/convenings/${res.data.createConvening.id}`);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert error={apiError} />
        <TextInput
          label="Title"
          required
          maxLength={L.titleMax}
          {...form.getInputProps('title')}
          key={form.key('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Season"
            required
            allowDeselect={false}
            data={[
              { value: 'FALL', label: 'Fall' },
              { value: 'SPRING', label: 'Spring' },
            ]}
            {...form.getInputProps('season')}
            key={form.key('season')}
          />
          <Select
            label="Time zone of the venue"
            description="The times below are in this zone."
            required
            searchable
            allowDeselect={false}
            data={timeZoneOptions()}
            {...form.getInputProps('timeZone')}
            key={form.key('timeZone')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateTimeField form={form} field="startsAt" label="Starts" />
          <DateTimeField form={form} field="endsAt" label="Ends" />
        </SimpleGrid>
        <DateTimeField form={form} field="registrationDeadline" label="Registration deadline" />
        <TextInput
          label="Venue"
          required
          maxLength={L.venueMax}
          {...form.getInputProps('venue')}
          key={form.key('venue')}
        />
        <TextInput
          label="Address"
          maxLength={L.addressMax}
          {...form.getInputProps('address')}
          key={form.key('address')}
        />
        <Select
          label="Host school"
          clearable
          placeholder="No host school"
          data={network.schools.map((s) => ({ value: s.id, label: s.name }))}
          {...form.getInputProps('hostSchoolId')}
          key={form.key('hostSchoolId')}
        />
        <Textarea
          label="Description"
          autosize
          minRows={3}
          maxLength={L.descriptionMax}
          {...form.getInputProps('description')}
          key={form.key('description')}
        />
        {!convening && (
          <Text size="sm" c="dimmed">
            It stays a draft, seen only by coordinators, until you publish it.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {convening ? 'Save' : 'Create draft'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
