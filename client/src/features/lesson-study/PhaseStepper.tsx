import { useState } from 'react';
import { Box, Button, Group, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import {
  LESSON_STUDY_PHASE_LABELS,
  LESSON_STUDY_PHASES,
  SHARE_TO_CLOSE,
  type LessonStudyPhase,
} from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import type { LessonStudyFieldsFragment } from '../../gql/graphql';
import { toApiError, type ApiError } from '../../lib/errors';
import { datesText, todayIn } from './dates';
import { AdvanceLessonStudyMutation, SetPhaseDatesMutation } from './operations';
// Stepper's styles are not in the first visit's CSS (app/mantine-styles.ts): only this page uses it.
import '@mantine/core/styles/Stepper.css';

const STEPS = LESSON_STUDY_PHASES.filter((p) => p !== 'CLOSED');

/** The phases in order with their dates; the facilitator advances the cycle and plans the dates. */
export function PhaseStepper({ cycle, timeZone }: { cycle: LessonStudyFieldsFragment; timeZone?: string }) {
  const [advance, advancing] = useMutation(AdvanceLessonStudyMutation);
  const [setDates, saving] = useMutation(SetPhaseDatesMutation);
  const [error, setError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState<LessonStudyPhase | null>(null);
  const [draft, setDraft] = useState({ startsOn: '', endsOn: '' });
  const phase = cycle.phase as LessonStudyPhase;
  const active = phase === 'CLOSED' ? STEPS.length : STEPS.indexOf(phase);
  const today = todayIn(timeZone);

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      return true;
    } catch (e) {
      setError(toApiError(e));
      return false;
    }
  };

  const edit = (p: LessonStudyPhase) => {
    const d = cycle.phaseDates.find((x) => x.phase === p);
    setDraft({ startsOn: d?.startsOn ?? '', endsOn: d?.endsOn ?? '' });
    setEditing(p);
  };

  return (
    <Stack component="section" aria-label="Phases" gap="sm">
      <FormAlert error={error} />
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {STEPS.map((p, i) => {
          const d = cycle.phaseDates.find((x) => x.phase === p);
          const state = i < active ? 'done' : i === active ? 'current' : 'later';
          return (
            <Box
              component="li"
              key={p}
              aria-current={state === 'current' ? 'step' : undefined}
              pl="sm"
              style={{
                borderLeft: `4px solid var(--mantine-color-${state === 'later' ? 'gray-3' : 'blue-6'})`,
              }}
            >
              <Text fw={state === 'current' ? 700 : 500}>
                {LESSON_STUDY_PHASE_LABELS[p]}
                {p === phase && cycle.round > 1 ? ' (round 2)' : ''}
                <VisuallyHidden>{state === 'done' ? ' (done)' : state === 'current' ? ' (now)' : ''}</VisuallyHidden>
              </Text>
              <Text size="sm">{datesText(d?.startsOn ?? null, d?.endsOn ?? null, today)}</Text>
              {cycle.can.advance && editing !== p && (
                <Button variant="subtle" size="compact-sm" mih={44} onClick={() => edit(p)}>
                  Set dates<VisuallyHidden> of {LESSON_STUDY_PHASE_LABELS[p]}</VisuallyHidden>
                </Button>
              )}
              {editing === p && (
                <Group gap="xs" align="flex-end">
                  <TextInput
                    type="date"
                    label="Starts"
                    value={draft.startsOn}
                    onChange={(e) => setDraft({ ...draft, startsOn: e.currentTarget.value })}
                  />
                  <TextInput
                    type="date"
                    label="Ends"
                    value={draft.endsOn}
                    onChange={(e) => setDraft({ ...draft, endsOn: e.currentTarget.value })}
                  />
                  <Button
                    mih={44}
                    loading={saving.loading}
                    onClick={async () => {
                      const input = {
                        lessonStudyId: cycle.id,
                        phase: p,
                        startsOn: draft.startsOn || null,
                        endsOn: draft.endsOn || null,
                      };
                      if (await run(() => setDates({ variables: { input } }))) setEditing(null);
                    }}
                  >
                    Save dates
                  </Button>
                  <Button variant="default" mih={44} onClick={() => setEditing(null)}>
                    Cancel
                  </Button>
                </Group>
              )}
            </Box>
          );
        })}
      </Stack>
      {phase === 'CLOSED' && <Text fw={600}>This lesson study is closed and its record is shared.</Text>}
      {phase === 'SHARE' && (
        <Text>
          {cycle.can.advance
            ? `${SHARE_TO_CLOSE} Write the team's reflection in the Debrief tab and share it there.`
            : 'The facilitator closes the lesson study by sharing its record.'}
        </Text>
      )}
      {cycle.can.advance && cycle.nextPhases.length > 0 && (
        <Group gap="sm">
          {cycle.nextPhases.map((to) => (
            <Button
              key={to}
              mih={44}
              loading={advancing.loading}
              onClick={() => void run(() => advance({ variables: { id: cycle.id, to } }))}
            >
              {`Advance to ${LESSON_STUDY_PHASE_LABELS[to as LessonStudyPhase]}`}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}
