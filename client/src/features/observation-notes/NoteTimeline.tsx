import { useState } from 'react';
import { Badge, Box, Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { formatNoteTime, type LookFor } from '@switchback/shared';
import type { ApiError } from '../../lib/errors';
import { FormAlert } from '../../components/FormAlert';
import type { NotePlayer } from './ObservationNotes';
import { SAVED_ON_DEVICE } from './NoteForm';
import { countByLookFor, filterByLookFor, noteTimeLabel, type TimelineNote } from './timeline';

interface Props {
  notes: TimelineNote[];
  lookFors: readonly LookFor[];
  player: NotePlayer | null;
  canWrite: boolean;
  timeZone?: string;
  onRemove(note: TimelineNote): Promise<ApiError | null>;
}

/** The notes in time order, filtered by look-for; a note's time plays that moment of the recording. */
export function NoteTimeline({ notes, lookFors, player, canWrite, timeZone, onRemove }: Props) {
  const [filter, setFilter] = useState('');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const counts = countByLookFor(notes, lookFors);
  const shown = filterByLookFor(notes, filter || null);
  const lookForText = new Map(lookFors.map((l) => [l.id, l.text]));

  return (
    <Stack gap="xs">
      {lookFors.length > 0 && (
        <NativeSelect
          label="Show notes for"
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          data={[
            { value: '', label: `Every look-for (${notes.length})` },
            ...lookFors.map((l) => ({ value: l.id, label: `${l.text} (${counts.get(l.id) ?? 0})` })),
          ]}
          styles={{ input: { minHeight: 44 } }}
        />
      )}
      <FormAlert error={failure} />
      <Box role="log" aria-live="polite" aria-label="Observation notes">
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {shown.length === 0 && (
            <Text component="li" c="dimmed">
              {notes.length ? 'No notes for this look-for yet.' : 'No notes yet.'}
            </Text>
          )}
          {shown.map((n) => (
            <Paper component="li" key={n.id} withBorder radius="md" p="sm" data-testid="observation-note">
              <Group gap="xs" wrap="wrap" justify="space-between">
                <Group gap="xs" wrap="wrap">
                  {n.atSeconds !== null && player ? (
                    <Button
                      variant="light"
                      size="compact-sm"
                      mih={44}
                      miw={44}
                      aria-label={`Play the recording from ${formatNoteTime(n.atSeconds)}`}
                      onClick={() => player.seekTo(n.atSeconds!)}
                    >
                      ▶ {formatNoteTime(n.atSeconds)}
                    </Button>
                  ) : (
                    <Text size="sm" fw={700}>
                      {noteTimeLabel(n, timeZone)}
                    </Text>
                  )}
                  <Text size="sm" fw={600} className="break-anywhere">
                    {n.mine ? 'You' : n.author}
                  </Text>
                  {n.studentGroup && <Badge variant="outline">{n.studentGroup}</Badge>}
                </Group>
                {n.mine && (canWrite || n.local) && (
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    mih={44}
                    aria-label={`Delete your note: ${n.body.slice(0, 40)}`}
                    onClick={() => {
                      setFailure(null);
                      void onRemove(n).then(setFailure);
                    }}
                  >
                    Delete
                  </Button>
                )}
              </Group>
              {n.lookForId && lookForText.has(n.lookForId) && (
                <Text size="xs" c="dimmed">
                  Look for: {lookForText.get(n.lookForId)}
                </Text>
              )}
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
                {n.body}
              </Text>
              {n.local === 'waiting' && (
                <Text size="xs" c="orange.9" fw={600}>
                  {SAVED_ON_DEVICE}
                </Text>
              )}
              {n.local === 'refused' && (
                <Text size="xs" c="red.8" fw={600}>
                  Not sent: {n.refusedBecause} The note stays on this device until you delete it.
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      </Box>
    </Stack>
  );
}
