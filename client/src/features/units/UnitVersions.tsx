import { useState } from 'react';
import { Button, Card, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { UNIT_LIMITS } from '@switchback/shared';
import { ConfirmModal } from '../../components/ConfirmModal';
import { FormAlert } from '../../components/FormAlert';
import { PageLoader, QueryError } from '../../components/QueryState';
import type { UnitRevisionsQuery as RevisionsData } from '../../gql/graphql';
import { type ApiError, submitWithApiErrors, toApiError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import {
  RestoreUnitRevisionMutation,
  SaveUnitRevisionMutation,
  UnitRevisionQuery,
  UnitRevisionsQuery,
} from './operations';
import { UnitSections } from './UnitSections';

type Revision = RevisionsData['unit']['revisions'][number];

interface UnitVersionsProps {
  unitId: string;
  /** Authors save and restore versions. */
  canEdit: boolean;
  onRestored: () => Promise<unknown>;
}

/** Named versions of the unit: save one, list them, read one, restore one as a new edit. */
export function UnitVersions({ unitId, canEdit, onRestored }: UnitVersionsProps) {
  const { data, loading, error, refetch } = useQuery(UnitRevisionsQuery, {
    variables: { id: unitId },
    fetchPolicy: 'cache-and-network',
  });
  const [viewing, setViewing] = useState<Revision | null>(null);
  const [restoring, setRestoring] = useState<Revision | null>(null);
  const revisions = data?.unit.revisions;

  return (
    <Stack gap="md">
      {canEdit && <SaveVersionForm unitId={unitId} onSaved={() => refetch()} />}
      <Title order={3} size="h5" id="version-list-heading">
        Saved versions
      </Title>
      {!revisions && loading ? (
        <PageLoader label="Loading versions…" />
      ) : !revisions ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : revisions.length === 0 ? (
        <Text size="sm" c="dimmed">
          No versions saved yet.{canEdit ? ' Save one before big changes, so you can come back to it.' : ''}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="version-list-heading">
          {revisions.map((r) => (
            <Card key={r.id} component="li" withBorder radius="md" padding="sm">
              <Stack gap={4}>
                <Text fw={600} size="sm" className="break-word">
                  {r.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(r.createdAt)}
                  {r.createdBy ? ` · ${r.createdBy.displayName}` : ''}
                </Text>
                <Group gap="xs">
                  <Button size="xs" variant="light" onClick={() => setViewing(r)} aria-label={`View version ${r.name}`}>
                    View
                  </Button>
                  {canEdit && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setRestoring(r)}
                      aria-label={`Restore version ${r.name}`}
                    >
                      Restore
                    </Button>
                  )}
                </Group>
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
      <VersionModal revision={viewing} onClose={() => setViewing(null)} />
      {canEdit && (
        <RestoreVersion
          revision={restoring}
          onClose={() => setRestoring(null)}
          onRestored={async () => {
            await Promise.all([refetch(), onRestored()]);
          }}
        />
      )}
    </Stack>
  );
}

function SaveVersionForm({ unitId, onSaved }: { unitId: string; onSaved: () => Promise<unknown> }) {
  const [save] = useMutation(SaveUnitRevisionMutation);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    name: 'save-unit-version',
    initialValues: { name: '' },
    validate: {
      name: (v) =>
        !v.trim()
          ? 'Name the version, like “Before the review”.'
          : v.trim().length > UNIT_LIMITS.revisionNameMax
            ? `Keep the name under ${UNIT_LIMITS.revisionNameMax} characters.`
            : null,
    },
  });
  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    await save({ variables: { unitId, name: values.name.trim() } });
    form.reset();
    notifications.show({ color: 'green', title: 'Version saved', message: `“${values.name.trim()}” is saved.` });
    await onSaved();
  });
  return (
    <form onSubmit={submit} noValidate aria-labelledby="save-version-heading">
      <Stack gap="xs">
        <Title order={3} size="h5" id="save-version-heading">
          Save a version
        </Title>
        <Text size="xs" c="dimmed">
          A snapshot of every section as it is now. Your edits are saved as you type; versions are the moments you want
          to come back to.
        </Text>
        <FormAlert error={apiError} />
        <TextInput
          label="Version name"
          size="sm"
          maxLength={UNIT_LIMITS.revisionNameMax}
          required
          {...form.getInputProps('name')}
        />
        <Group justify="flex-end">
          <Button type="submit" size="sm" loading={form.submitting}>
            Save version
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function VersionModal({ revision, onClose }: { revision: Revision | null; onClose: () => void }) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  return (
    <Modal
      opened={revision !== null}
      onClose={onClose}
      title={revision ? `Version “${revision.name}”` : 'Version'}
      fullScreen={fullScreen}
      size="xl"
    >
      {revision && <VersionContent revisionId={revision.id} />}
    </Modal>
  );
}

function VersionContent({ revisionId }: { revisionId: string }) {
  const { data, loading, error, refetch } = useQuery(UnitRevisionQuery, { variables: { id: revisionId } });
  const revision = data?.unitRevision;
  if (!revision && loading) return <PageLoader label="Loading the version…" />;
  if (!revision) return <QueryError error={error} onRetry={() => void refetch()} />;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Saved {formatDateTime(revision.createdAt)}
        {revision.createdBy ? ` by ${revision.createdBy.displayName}` : ''}.
      </Text>
      <UnitSections sections={revision.sections} stageOrder={3} />
    </Stack>
  );
}

interface RestoreVersionProps {
  revision: Revision | null;
  onClose: () => void;
  onRestored: () => Promise<unknown>;
}

function RestoreVersion({ revision, onClose, onRestored }: RestoreVersionProps) {
  const [restore, { loading }] = useMutation(RestoreUnitRevisionMutation);
  const [error, setError] = useState<ApiError | null>(null);
  const confirm = async () => {
    if (!revision) return;
    setError(null);
    try {
      await restore({ variables: { revisionId: revision.id } });
      notifications.show({
        color: 'green',
        title: 'Version restored',
        message: `The unit's sections are back to “${revision.name}”.`,
      });
      onClose();
      await onRestored();
    } catch (e) {
      setError(toApiError(e));
    }
  };
  return (
    <ConfirmModal
      opened={revision !== null}
      title={revision ? `Restore “${revision.name}”?` : 'Restore this version?'}
      confirmLabel="Restore version"
      loading={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={() => {
        setError(null);
        onClose();
      }}
    >
      Every section goes back to this version&apos;s text. The restore is a new edit: everyone with the unit open sees
      it at once, and nobody&apos;s later work is lost — it stays in the unit&apos;s history. To keep an easy way back
      to today&apos;s text, save a version of it first.
    </ConfirmModal>
  );
}
