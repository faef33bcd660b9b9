import { useCallback, useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  ObservationNoteLiveEvent,
  type ObservationNoteChangedPayload,
  type ObservationOwnerKind,
} from '@switchback/shared';
import { isUnreachableError, onReachabilityChange, serverReachable } from '../../lib/connectivity';
import { toApiError, type ApiError } from '../../lib/errors';
import { useLiveSocket } from '../../lib/live';
import { useSignedInViewer } from '../network/context';
import { NoteQueue, type QueuedNote, type SendOutcome } from './note-queue';
import {
  AddObservationNoteMutation,
  DeleteObservationNoteMutation,
  ObservationNotesQuery,
  UpdateObservationNoteMutation,
} from './operations';
import { fromQueued, mergeTimeline, type TimelineNote } from './timeline';

/** Errors after which a note is kept and tried again later (not the note's fault). */
const TRY_LATER = new Set(['NETWORK_ERROR', 'INTERNAL_SERVER_ERROR', 'TOO_MANY_REQUESTS', 'UNAUTHENTICATED']);

const inputOf = (n: QueuedNote) => ({
  id: n.id,
  ownerKind: n.ownerKind,
  ownerId: n.ownerId,
  mediaId: n.mediaId,
  atSeconds: n.atSeconds,
  observedAt: n.observedAt,
  lookForId: n.lookForId,
  studentGroup: n.studentGroup,
  body: n.body,
});

export type AddResult = { kind: 'sent' } | { kind: 'kept' } | { kind: 'refused'; error: ApiError };

/**
 * An owner's notes for the viewer: the server's (refreshed live and after a reconnection) merged with
 * the ones still on this device, which are sent as soon as the server can be reached again.
 */
export function useObservationNotes(ownerKind: ObservationOwnerKind, ownerId: string) {
  const viewer = useSignedInViewer();
  const queue = useMemo(() => new NoteQueue(viewer.id), [viewer.id]);
  const [version, setVersion] = useState(0);
  const { data, loading, error, refetch } = useQuery(ObservationNotesQuery, {
    variables: { ownerKind, ownerId },
    fetchPolicy: 'cache-and-network',
  });
  const [addNote] = useMutation(AddObservationNoteMutation);
  const [deleteNote] = useMutation(DeleteObservationNoteMutation);
  const [updateNote] = useMutation(UpdateObservationNoteMutation);

  // Another tab of this browser may queue or send notes too.
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const off = queue.subscribe(bump);
    window.addEventListener('storage', bump);
    return () => {
      off();
      window.removeEventListener('storage', bump);
    };
  }, [queue]);

  const send = useCallback(
    async (n: QueuedNote): Promise<SendOutcome> => {
      try {
        await addNote({ variables: { input: inputOf(n) } });
        return { kind: 'sent' };
      } catch (e) {
        if (isUnreachableError(e)) return { kind: 'offline' };
        const api = toApiError(e);
        return TRY_LATER.has(api.code) ? { kind: 'offline' } : { kind: 'refused', message: api.message };
      }
    },
    [addNote],
  );

  const flush = useCallback(async () => {
    if (!serverReachable() || !queue.all().some((n) => !n.refused)) return;
    await queue.flush(send);
    await refetch().catch(() => undefined);
  }, [queue, send, refetch]);

  // Send what waits now, and whenever the server can be reached again.
  useEffect(() => {
    void flush();
    return onReachabilityChange(() => void flush());
  }, [flush]);

  const live = useLiveSocket();
  useEffect(() => {
    if (!live) return;
    const changed = (p: ObservationNoteChangedPayload) => {
      if (p.ownerKind === ownerKind && p.ownerId === ownerId) void refetch().catch(() => undefined);
    };
    const reconnected = () => void flush().then(() => refetch().catch(() => undefined));
    live.on(ObservationNoteLiveEvent.Changed, changed);
    live.on('connect', reconnected);
    return () => {
      live.off(ObservationNoteLiveEvent.Changed, changed);
      live.off('connect', reconnected);
    };
  }, [live, ownerKind, ownerId, refetch, flush]);

  /**
   * Sends a new note at once when the server can be reached; otherwise (or when the send finds no
   * connection) keeps it on the device. A refusal (bad input) is answered to the form, not queued.
   */
  const add = useCallback(
    async (note: QueuedNote): Promise<AddResult> => {
      if (serverReachable()) {
        const outcome = await send(note);
        if (outcome.kind === 'sent') {
          await refetch().catch(() => undefined);
          return outcome;
        }
        if (outcome.kind === 'refused')
          return { kind: 'refused', error: { code: 'BAD_USER_INPUT', message: outcome.message, fieldErrors: {} } };
      }
      return queue.add(note)
        ? { kind: 'kept' }
        : {
            kind: 'refused',
            error: {
              code: 'NETWORK_ERROR',
              message: 'No connection, and this browser would not keep the note. Copy it somewhere safe and try again.',
              fieldErrors: {},
            },
          };
    },
    [send, queue, refetch],
  );

  const remove = useCallback(
    async (note: TimelineNote): Promise<ApiError | null> => {
      if (note.local) {
        queue.remove(note.id);
        return null;
      }
      try {
        await deleteNote({ variables: { id: note.id } });
        await refetch().catch(() => undefined);
        return null;
      } catch (e) {
        return toApiError(e);
      }
    },
    [deleteNote, queue, refetch],
  );

  /**
   * Changes the words of one's own note. A note still on the device is changed there (and a refused
   * one is tried again); a sent one on the server, which refuses once writing has closed.
   */
  const edit = useCallback(
    async (note: TimelineNote, body: string): Promise<ApiError | null> => {
      const queued = note.local && queue.all().find((n) => n.id === note.id);
      if (queued) {
        queue.add({ ...queued, body, refused: undefined });
        void flush();
        return null;
      }
      try {
        await updateNote({
          variables: {
            input: { id: note.id, body, lookForId: note.lookForId, studentGroup: note.studentGroup },
          },
        });
        await refetch().catch(() => undefined);
        return null;
      } catch (e) {
        return toApiError(e);
      }
    },
    [queue, flush, updateNote, refetch],
  );

  const timeline = useMemo(() => {
    void version;
    const server: TimelineNote[] = (data?.observationNotes.notes ?? []).map((n) => ({
      id: n.id,
      atSeconds: n.atSeconds ?? null,
      observedAt: (n.observedAt as string | null) ?? null,
      lookForId: n.lookForId ?? null,
      studentGroup: n.studentGroup ?? null,
      body: n.body,
      mine: n.mine,
      author: n.author
        ? [n.author.user.displayName, n.author.school?.name].filter(Boolean).join(', ')
        : 'A former member',
    }));
    return mergeTimeline(server, queue.of(ownerKind, ownerId).map(fromQueued));
  }, [data, queue, ownerKind, ownerId, version]);

  return {
    timeline,
    seesEveryone: data?.observationNotes.seesEveryone ?? false,
    loaded: !!data,
    loading,
    error,
    refetch,
    add,
    edit,
    remove,
  };
}
