import { useQuery } from '@apollo/client/react';
import { ObservationNotesQuery } from '../../observation-notes/operations';
import { DebriefPanel, type DebriefPanelProps } from './DebriefPanel';

/**
 * The debrief with the viewer's own observation notes of the cycle's current round, to start evidence
 * from (round 2's debrief draws on the re-taught lesson's notes, not round 1's).
 */
export function OwnNotesDebrief({ round, ...props }: Omit<DebriefPanelProps, 'ownNotes'> & { round: number }) {
  const { data } = useQuery(ObservationNotesQuery, {
    variables: { ownerKind: 'LESSON_STUDY', ownerId: props.lessonStudyId, round },
    fetchPolicy: 'cache-and-network',
  });
  const ownNotes = (data?.observationNotes.notes ?? [])
    .filter((n) => n.mine)
    .map((n) => ({ id: n.id, text: n.body, lookForId: n.lookForId ?? null }));
  return <DebriefPanel {...props} ownNotes={ownNotes} />;
}
