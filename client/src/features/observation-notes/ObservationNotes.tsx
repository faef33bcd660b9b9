import { Alert, Stack, Text, Title } from '@mantine/core';
import type { LookFor, ObservationOwnerKind } from '@switchback/shared';
import { QueryError } from '../../components/QueryState';
import { errorCode } from '../../lib/errors';
import { useViewerTimeZone } from '../network/context';
import { NoteForm } from './NoteForm';
import { NoteTimeline } from './NoteTimeline';
import { useObservationNotes } from './useObservationNotes';

/** The video player the notes are written against (the media feature's player). */
export interface NotePlayer {
  seekTo(seconds: number): void;
  currentTime(): number;
  /** The recording it plays (notes on it carry its id); may be given as the `mediaId` prop instead. */
  mediaId?: string;
}

export interface ObservationNotesProps {
  ownerKind: ObservationOwnerKind;
  ownerId: string;
  /** The recording being watched; null or absent when observing in the room (notes take the clock time). */
  player?: NotePlayer | null;
  /** The recording's id, when the player does not carry it. */
  mediaId?: string | null;
  /** The plan's "look for" points (a note must name one when there are any). */
  lookFors: readonly LookFor[];
  /** Whether the viewer may write notes now (an observer while the lesson is observed). */
  canWrite: boolean;
}

/**
 * Observation notes of a lesson-study cycle or a mentoring pair: a quick note form and the timeline.
 * Works offline (notes wait on the device and are sent when the server can be reached). Before the
 * debrief opens the viewer sees only their own notes, and is told so.
 */
export function ObservationNotes({
  ownerKind,
  ownerId,
  player = null,
  mediaId,
  lookFors,
  canWrite,
}: ObservationNotesProps) {
  const timeZone = useViewerTimeZone();
  const notes = useObservationNotes(ownerKind, ownerId);
  const recording = player?.mediaId ?? mediaId ?? null;

  if (!notes.loaded && notes.error) {
    if (errorCode(notes.error) === 'NOT_FOUND') return <Text>These notes are not available to you.</Text>;
    if (!notes.timeline.length) return <QueryError error={notes.error} onRetry={() => void notes.refetch()} />;
  }

  return (
    <Stack gap="md" component="section" aria-labelledby={`notes-${ownerId}`}>
      <Title order={2} size="h3" id={`notes-${ownerId}`}>
        Observation notes
      </Title>
      {canWrite && (
        <NoteForm
          ownerKind={ownerKind}
          ownerId={ownerId}
          player={player}
          mediaId={recording}
          lookFors={lookFors}
          onAdd={notes.add}
        />
      )}
      {notes.loaded && !notes.seesEveryone && (
        <Alert variant="light" color="blue" title="Only your notes for now">
          Other observers’ notes from this round appear here when its debrief opens, and yours appear to them.
        </Alert>
      )}
      <NoteTimeline
        notes={notes.timeline}
        lookFors={lookFors}
        player={player}
        canWrite={canWrite}
        timeZone={timeZone}
        onEdit={notes.edit}
        onRemove={notes.remove}
      />
    </Stack>
  );
}
