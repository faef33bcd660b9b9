import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { OBSERVE_LIMITS, formatNoteTime } from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import type { ApiError } from '../../lib/errors';
import { SAVED_ON_DEVICE } from './NoteForm';
import type { NotePlayer } from './ObservationNotes';
import { noteTimeLabel, type TimelineNote } from './timeline';

interface Props {
  note: TimelineNote;
  lookForText: string | undefined;
  player: NotePlayer | null;
  /** The viewer may change their own notes (writing is open, or the note is still on the device). */
  canChange: boolean;
  timeZone?: string;
  onEdit(note: TimelineNote, body: string): Promise<ApiError | null>;
  onRemove(note: TimelineNote): Promise<ApiError | null>;
}

/** One note of the timeline: its time (which plays that moment), who wrote it, its words; yours can be changed. */
export function NoteItem({ note: n, lookForText, player, canChange, timeZone, onEdit, onRemove }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(n.body);
  const [draftError, setDraftError] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const short = n.body.slice(0, 40);

  const saveEdit = async () => {
    const text = draft.trim();
    if (!text) return setDraftError('Write what you saw, or delete the note.');
    if (text.length > OBSERVE_LIMITS.noteMax)
      return setDraftError(`A note is at most ${OBSERVE_LIMITS.noteMax} characters: split it into two.`);
    setDraftError(null);
    setBusy(true);
    const error = await onEdit(n, text);
    setBusy(false);
    setFailure(error);
    if (!error) setEditing(false);
  };

  return (
    <Paper component="li" withBorder radius="md" p="sm" data-testid="observation-note">
      <Stack gap={4}>
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
          {n.mine && canChange && !editing && (
            <Group gap={4}>
              <Button
                variant="subtle"
                size="compact-sm"
                mih={44}
                aria-label={`Edit your note: ${short}`}
                onClick={() => {
                  setDraft(n.body);
                  setEditing(true);
                }}
              >
                Edit
              </Button>
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                mih={44}
                aria-label={`Delete your note: ${short}`}
                onClick={() => {
                  setFailure(null);
                  void onRemove(n).then(setFailure);
                }}
              >
                Delete
              </Button>
            </Group>
          )}
        </Group>
        {lookForText && (
          <Text size="xs" c="dimmed">
            Look for: {lookForText}
          </Text>
        )}
        <FormAlert error={failure} />
        {editing ? (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void saveEdit();
            }}
          >
            <Stack gap="xs">
              <Textarea
                label="Your note"
                autosize
                minRows={2}
                maxRows={8}
                value={draft}
                error={draftError}
                data-autofocus
                onChange={(e) => setDraft(e.currentTarget.value)}
              />
              <Group gap="xs" justify="flex-end">
                <Button variant="default" mih={44} onClick={() => setEditing(false)}>
                  Cancel
                </Button>
                <Button type="submit" mih={44} loading={busy}>
                  Save changes
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
            {n.body}
          </Text>
        )}
        {n.local === 'waiting' && (
          <Text size="xs" c="orange.9" fw={600}>
            {SAVED_ON_DEVICE}
          </Text>
        )}
        {n.local === 'refused' && (
          <Text size="xs" c="red.8" fw={600}>
            Not sent: {n.refusedBecause} The note stays on this device until you change or delete it.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
