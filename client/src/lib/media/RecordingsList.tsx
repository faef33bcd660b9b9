import { useEffect, useState, type Ref } from 'react';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ObservationOwnerKind } from '@switchback/shared';
import { ConfirmModal } from '../../components/ConfirmModal';
import { QueryError } from '../../components/QueryState';
import { toApiError, type ApiError } from '../errors';
import { formatDate, formatDateTime } from '../format';
import { formatClock } from './clips';
import { DeleteRecordingMutation, RecordingsQuery } from './operations';
import { RecordingPlayer, type RecordingPlayerHandle } from './RecordingPlayer';
import { RecordingUploader } from './RecordingUploader';
import { formatBytes } from './transfer-estimate';
// Mantine's styles of what the recordings use beyond the first screens (Switch, Modal; the uploader's
// Checkbox and Progress, which had no styles: a 0 px tall progress bar), on whichever page mounts them.
import '../../components/lazy-styles';
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/Progress.css';

export interface RecordingsListProps {
  ownerKind: ObservationOwnerKind;
  ownerId: string;
  /** Whether this person may upload (the server decides again). */
  canUpload: boolean;
  /** The player of the recording being watched, for notes that jump to a moment or stamp one. */
  playerRef?: Ref<RecordingPlayerHandle>;
  /** Tells the page which recording is being watched (notes are filed against it). */
  onWatch?(mediaId: string | null): void;
}

/** The recordings of a lesson study or a mentoring pair: watch one, see when it is deleted, upload, delete. */
export function RecordingsList({ ownerKind, ownerId, canUpload, playerRef, onWatch }: RecordingsListProps) {
  const { data, loading, error, refetch } = useQuery(RecordingsQuery, {
    variables: { ownerKind, ownerId },
    fetchPolicy: 'cache-and-network',
  });
  const [remove, removing] = useMutation(DeleteRecordingMutation);
  const [chosen, setChosen] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [deleting, setDeleting] = useState<{ id: string; filename: string } | null>(null);
  const [deleteError, setDeleteError] = useState<ApiError | null>(null);
  const recordings = data?.recordings ?? [];
  const ready = recordings.filter((r) => r.status === 'READY');
  const watching = ready.find((r) => r.id === chosen) ?? ready[0] ?? null;

  const watchingId = watching?.id ?? null;
  // The page learns which recording plays, including the first one shown without a click.
  useEffect(() => onWatch?.(watchingId), [watchingId, onWatch]);

  const watch = (id: string) => setChosen(id);

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove({ variables: { id: deleting.id } });
      setDeleting(null);
      setDeleteError(null);
      await refetch();
    } catch (e) {
      setDeleteError(toApiError(e));
    }
  };

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={2} size="h3">
          Recordings
        </Title>
        {canUpload && !uploading && (
          <Button mih={44} onClick={() => setUploading(true)}>
            Upload a recording
          </Button>
        )}
      </Group>
      {canUpload && uploading && (
        <Card withBorder>
          <Stack gap="sm">
            <RecordingUploader ownerKind={ownerKind} ownerId={ownerId} onUploaded={() => void refetch()} />
            <Button variant="subtle" mih={44} style={{ alignSelf: 'flex-start' }} onClick={() => setUploading(false)}>
              Close the uploader
            </Button>
          </Stack>
        </Card>
      )}
      {watching && (
        <RecordingPlayer
          key={watching.id}
          ref={playerRef}
          mediaId={watching.id}
          hasLowRendition={watching.hasLowRendition}
          label={`Recording: ${watching.filename}`}
        />
      )}
      {!loading && recordings.length === 0 && <Text c="dimmed">No recordings yet.</Text>}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {recordings.map((r) => (
          <Card component="li" key={r.id} withBorder padding="sm">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <Stack gap={2}>
                <Text fw={600}>
                  {r.filename} {watching?.id === r.id && <Badge variant="light">Playing</Badge>}
                </Text>
                <Text size="sm" c="dimmed">
                  {[
                    r.uploadedByName,
                    formatDateTime(r.createdAt),
                    formatBytes(r.sizeBytes),
                    r.durationSeconds ? formatClock(r.durationSeconds) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                <Text size="sm">
                  {r.status !== 'READY'
                    ? 'Upload not finished: its uploader can pick the same file to continue.'
                    : r.deletesAt
                      ? `Deletes on ${formatDate(r.deletesAt)}`
                      : 'Kept while this is open; deleted automatically some time after it closes.'}
                </Text>
              </Stack>
              <Group gap="xs">
                {r.status === 'READY' && watching?.id !== r.id && (
                  <Button variant="default" mih={44} onClick={() => watch(r.id)} aria-label={`Watch ${r.filename}`}>
                    Watch
                  </Button>
                )}
                {(r.mine || canUpload) && (
                  <Button
                    variant="subtle"
                    color="red"
                    mih={44}
                    onClick={() => setDeleting({ id: r.id, filename: r.filename })}
                    aria-label={`Delete ${r.filename}`}
                  >
                    Delete
                  </Button>
                )}
              </Group>
            </Group>
          </Card>
        ))}
      </Stack>
      <ConfirmModal
        opened={deleting !== null}
        title="Delete this recording?"
        confirmLabel="Delete the recording"
        danger
        loading={removing.loading}
        error={deleteError}
        onConfirm={() => void confirmDelete()}
        onClose={() => {
          setDeleting(null);
          setDeleteError(null);
        }}
      >
        “{deleting?.filename}” is deleted for everyone, with its low-bandwidth version.
      </ConfirmModal>
    </Stack>
  );
}
