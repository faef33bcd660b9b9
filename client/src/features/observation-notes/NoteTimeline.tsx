import { useState } from 'react';
import { Box, NativeSelect, Stack, Text } from '@mantine/core';
import type { LookFor } from '@switchback/shared';
import type { ApiError } from '../../lib/errors';
import type { NotePlayer } from './ObservationNotes';
import { NoteItem } from './NoteItem';
import { countByLookFor, filterByLookFor, type TimelineNote } from './timeline';

interface Props {
  notes: TimelineNote[];
  lookFors: readonly LookFor[];
  player: NotePlayer | null;
  canWrite: boolean;
  timeZone?: string;
  onEdit(note: TimelineNote, body: string): Promise<ApiError | null>;
  onRemove(note: TimelineNote): Promise<ApiError | null>;
}

/** The notes in time order, filtered by look-for; a note's time plays that moment of the recording. */
export function NoteTimeline({ notes, lookFors, player, canWrite, timeZone, onEdit, onRemove }: Props) {
  const [filter, setFilter] = useState('');
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
      <Box role="log" aria-live="polite" aria-label="Observation notes">
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {shown.length === 0 && (
            <Text component="li" c="dimmed">
              {notes.length ? 'No notes for this look-for yet.' : 'No notes yet.'}
            </Text>
          )}
          {shown.map((n) => (
            <NoteItem
              key={n.id}
              note={n}
              lookForText={n.lookForId ? lookForText.get(n.lookForId) : undefined}
              player={player}
              canChange={canWrite || !!n.local}
              timeZone={timeZone}
              onEdit={onEdit}
              onRemove={onRemove}
            />
          ))}
        </Stack>
      </Box>
    </Stack>
  );
}
