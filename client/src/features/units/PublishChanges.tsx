import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { UNIT_LIMITS } from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import { PageLoader, QueryError } from '../../components/QueryState';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import type { NeedsConnection } from '../../lib/needs-connection';
import { PublishUnitChangesMutation, UnitDraftChangedQuery } from './operations';

interface PublishChangesProps {
  unit: { id: string; title: string; latestVersion?: { number: number } | null };
  onPublished: () => Promise<unknown>;
  /** Offline, the button says it needs a connection (lib/needs-connection). */
  buttonProps?: NeedsConnection['buttonProps'];
}

/**
 * "Publish changes": the authors' draft becomes the next published version, with a short note of
 * what changed (readers see it; people who adapted the unit are told).
 */
export function PublishChangesButton({ unit, onPublished, buttonProps }: PublishChangesProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" onClick={() => setOpen(true)} {...buttonProps}>
        Publish changes
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={`Publish changes to ${unit.title}?`} centered>
        {open && (
          <PublishChangesForm
            unit={unit}
            onClose={() => setOpen(false)}
            onPublished={async () => {
              setOpen(false);
              await onPublished();
            }}
          />
        )}
      </Modal>
    </>
  );
}

function PublishChangesForm({ unit, onClose, onPublished }: PublishChangesProps & { onClose: () => void }) {
  // Asked now: the draft may have changed since the page loaded (or not at all).
  const { data, loading, error, refetch } = useQuery(UnitDraftChangedQuery, {
    variables: { id: unit.id },
    fetchPolicy: 'network-only',
  });
  const [publish] = useMutation(PublishUnitChangesMutation);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    name: 'publish-unit-changes',
    initialValues: { note: '' },
    validate: {
      note: (v) =>
        !v.trim()
          ? 'Say in a few words what changed, like “Added a rebuttal lesson”.'
          : v.trim().length > UNIT_LIMITS.versionNoteMax
            ? `Keep the note under ${UNIT_LIMITS.versionNoteMax} characters.`
            : null,
    },
  });
  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    const res = await publish({ variables: { unitId: unit.id, note: values.note.trim() } });
    notifications.show({
      color: 'green',
      title: 'Changes published',
      message: `Readers now see version ${res.data?.publishUnitChanges.number ?? ''} of ${unit.title}.`,
    });
    await onPublished();
  });
  if (!data && loading) return <PageLoader label="Checking the draft…" />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const current = unit.latestVersion?.number;
  if (data.unit.draftChanged === false) {
    return (
      <Stack>
        <Text>
          The draft is the same as {current ? `version ${current}` : 'the published version'}: there is nothing to
          publish yet. Write your changes first.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            Close
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          Readers and the library then see the draft as it is now
          {current ? ` as version ${current + 1}` : ''}, with your note. People who adapted the unit are told.
        </Text>
        <FormAlert error={apiError} />
        <Textarea
          label="What changed?"
          description="A short note readers see, e.g. “Added a modelled rebuttal paragraph”."
          required
          autosize
          minRows={2}
          maxLength={UNIT_LIMITS.versionNoteMax}
          data-autofocus
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Publish changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
