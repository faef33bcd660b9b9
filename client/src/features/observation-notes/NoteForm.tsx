import { activeLocale, intlLocale } from '../../lib/i18n';
import { useState } from 'react';
import { Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import {
  OBSERVE_LIMITS,
  STUDENT_GROUP_CHOICES,
  STUDENT_GROUP_PATTERN,
  formatNoteTime,
  type LookFor,
  type ObservationOwnerKind,
} from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import type { ApiError } from '../../lib/errors';
import { newNoteId, type QueuedNote } from './note-queue';
import type { AddResult } from './useObservationNotes';
import type { NotePlayer } from './ObservationNotes';

export const SAVED_ON_DEVICE = "Saved on this device — will send when you're back online";

type Stamp = { atSeconds: number; observedAt: null } | { atSeconds: null; observedAt: string };

interface Props {
  ownerKind: ObservationOwnerKind;
  ownerId: string;
  /** The recording being watched (notes then carry its time); null in the room. */
  player: NotePlayer | null;
  mediaId: string | null;
  lookFors: readonly LookFor[];
  onAdd(note: QueuedNote): Promise<AddResult>;
}

/**
 * The quick note: the moment is stamped when the observer starts writing (the recording's time, or
 * the clock in the room) and can be stamped again; a look-for (kept for the next note) and an
 * optional student group. Ctrl+Enter saves.
 */
export function NoteForm({ ownerKind, ownerId, player, mediaId, lookFors, onAdd }: Props) {
  const onVideo = !!player && !!mediaId;
  const [body, setBody] = useState('');
  const [stamp, setStamp] = useState<Stamp | null>(null);
  const [lookForId, setLookForId] = useState('');
  const [group, setGroup] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);

  const now = (): Stamp =>
    onVideo
      ? { atSeconds: Math.max(0, player.currentTime()), observedAt: null }
      : { atSeconds: null, observedAt: new Date().toISOString() };
  const stampLabel = (s: Stamp) =>
    s.atSeconds !== null
      ? `At ${formatNoteTime(s.atSeconds)} in the recording`
      : `At ${new Date(s.observedAt).toLocaleTimeString(intlLocale(activeLocale()), { hour: 'numeric', minute: '2-digit' })}`;

  const submit = async () => {
    setFailure(null);
    setStatus('');
    const text = body.trim();
    const found: Record<string, string> = {};
    if (!text) found.body = 'Write what you saw.';
    else if (text.length > OBSERVE_LIMITS.noteMax)
      found.body = `A note is at most ${OBSERVE_LIMITS.noteMax} characters: split it into two.`;
    if (lookFors.length && !lookForId) found.lookForId = 'Choose what this note is evidence for.';
    if (group && !STUDENT_GROUP_PATTERN.test(group)) found.studentGroup = 'Choose a group from the list.';
    setErrors(found);
    if (Object.keys(found).length) return;
    const at = stamp ?? now();
    const note: QueuedNote = {
      id: newNoteId(),
      ownerKind,
      ownerId,
      mediaId: at.atSeconds !== null ? mediaId : null,
      ...at,
      lookForId: lookForId || null,
      studentGroup: group || null,
      body: text,
      writtenAt: new Date().toISOString(),
    };
    setSaving(true);
    try {
      const result = await onAdd(note);
      if (result.kind === 'refused') {
        setFailure(result.error);
        return;
      }
      setBody('');
      setStamp(null);
      setGroup('');
      setStatus(result.kind === 'kept' ? SAVED_ON_DEVICE : 'Note saved.');
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      aria-label="Add an observation note"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs">
        <FormAlert error={failure} />
        <Group gap="xs" wrap="wrap" align="center">
          <Text size="sm" fw={600} aria-live="polite">
            {stamp
              ? stampLabel(stamp)
              : onVideo
                ? 'The recording’s time is taken when you start writing'
                : 'The time is taken when you start writing'}
          </Text>
          {stamp && (
            <Button variant="subtle" size="compact-sm" mih={44} onClick={() => setStamp(now())}>
              Use the time now
            </Button>
          )}
        </Group>
        <Textarea
          label="What did you see?"
          description="Evidence, not judgement: what students said or did. Ctrl+Enter (⌘+Enter) saves."
          autosize
          minRows={2}
          maxRows={8}
          value={body}
          error={errors.body}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (!stamp && value.trim()) setStamp(now());
            setBody(value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void submit();
            }
          }}
        />
        {lookFors.length > 0 && (
          <NativeSelect
            label="Look for"
            required
            value={lookForId}
            error={errors.lookForId}
            onChange={(e) => setLookForId(e.currentTarget.value)}
            data={[
              { value: '', label: 'Choose one of the plan’s points…' },
              ...lookFors.map((l) => ({ value: l.id, label: l.text })),
            ]}
            styles={{ input: { minHeight: 44 } }}
          />
        )}
        <NativeSelect
          label="Student group (optional)"
          description="A group or table, never a student’s name."
          value={group}
          error={errors.studentGroup}
          onChange={(e) => setGroup(e.currentTarget.value)}
          data={[{ value: '', label: 'No particular group' }, ...STUDENT_GROUP_CHOICES]}
          styles={{ input: { minHeight: 44 } }}
        />
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text size="sm" c={status === SAVED_ON_DEVICE ? 'orange.9' : 'dimmed'} role="status">
            {status}
          </Text>
          <Button type="submit" loading={saving} mih={44}>
            Save note
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
