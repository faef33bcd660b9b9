import { useMemo, useRef, useState } from 'react';
import { Stack } from '@mantine/core';
import type { LookFor, ObservationOwnerKind } from '@switchback/shared';
import { RecordingsList } from '../../lib/media/RecordingsList';
import type { RecordingPlayerHandle } from '../../lib/media/RecordingPlayer';
import { ObservationNotes, type NotePlayer } from './ObservationNotes';

export interface ObservationWorkspaceProps {
  ownerKind: ObservationOwnerKind;
  ownerId: string;
  /** May upload a recording (the server decides again). */
  canUpload: boolean;
  /** May write observation notes now. */
  canWrite: boolean;
  lookFors: readonly LookFor[];
}

/**
 * Watching a lesson and writing about it, for a lesson-study cycle or a mentoring pair: the
 * recordings (upload, watch) above the observation notes, wired so a note stamps the moment being
 * watched and a note's time plays that moment.
 */
export function ObservationWorkspace({ ownerKind, ownerId, canUpload, canWrite, lookFors }: ObservationWorkspaceProps) {
  const playerRef = useRef<RecordingPlayerHandle>(null);
  const [watching, setWatching] = useState<string | null>(null);
  const player = useMemo<NotePlayer | null>(
    () =>
      watching
        ? {
            mediaId: watching,
            seekTo: (seconds) => playerRef.current?.seekTo(seconds, { play: true }),
            currentTime: () => playerRef.current?.currentTime() ?? 0,
          }
        : null,
    [watching],
  );
  return (
    <Stack gap="xl">
      <RecordingsList
        ownerKind={ownerKind}
        ownerId={ownerId}
        canUpload={canUpload}
        playerRef={playerRef}
        onWatch={setWatching}
      />
      <ObservationNotes
        ownerKind={ownerKind}
        ownerId={ownerId}
        player={player}
        lookFors={lookFors}
        canWrite={canWrite}
      />
    </Stack>
  );
}
