import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import type { ObservationOwnerKind } from '@switchback/shared';
import { ObservationNotesQuery } from './operations';

/** One of the viewer's own notes, as the debrief offers it to start a piece of evidence from. */
export interface OwnNoteText {
  id: string;
  text: string;
  lookForId: string | null;
}

/**
 * The viewer's own notes of an owner that the server has (time order), for pulling into evidence.
 * Shares the notes query (and Apollo's cache) with the notes timeline on the same page.
 */
export function useOwnNotes(ownerKind: ObservationOwnerKind, ownerId: string): OwnNoteText[] {
  const { data } = useQuery(ObservationNotesQuery, {
    variables: { ownerKind, ownerId },
    fetchPolicy: 'cache-and-network',
  });
  return useMemo(
    () =>
      (data?.observationNotes.notes ?? [])
        .filter((n) => n.mine)
        .map((n) => ({
          id: n.id,
          text: n.studentGroup ? `${n.studentGroup}: ${n.body}` : n.body,
          lookForId: n.lookForId ?? null,
        })),
    [data],
  );
}
