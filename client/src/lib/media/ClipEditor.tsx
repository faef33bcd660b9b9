import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { formatClock, parseClock, MAX_CLIPS, type ClipProblems } from './clips';

/** A clip as typed: the text of its start and end ("4:30"). */
export interface ClipDraft {
  key: number;
  start: string;
  end: string;
}

interface ClipEditorProps {
  clips: ClipDraft[];
  onChange(clips: ClipDraft[]): void;
  /** The preview's current position, for "Start here" / "End here". */
  currentTime(): number;
  /** Plays the clip in the preview. */
  onPreview(start: number): void;
  problems: ClipProblems | null;
}

let nextKey = 1;
export function newClip(start = 0, end = 0): ClipDraft {
  return { key: nextKey++, start: formatClock(start), end: end ? formatClock(end) : '' };
}

/** The clips to keep: start and end of each, typed or taken from where the preview is. */
export function ClipEditor({ clips, onChange, currentTime, onPreview, problems }: ClipEditorProps) {
  const set = (key: number, patch: Partial<ClipDraft>) =>
    onChange(clips.map((c) => (c.key === key ? { ...c, ...patch } : c)));
  return (
    <Stack gap="sm">
      {clips.map((clip, i) => {
        const problem = problems?.clips[i];
        const start = parseClock(clip.start);
        return (
          <fieldset
            key={clip.key}
            className="media-clip"
            aria-describedby={problem ? `clip-${clip.key}-error` : undefined}
          >
            <legend>Clip {i + 1}</legend>
            <Group align="flex-end" gap="xs" wrap="wrap">
              <TextInput
                label="Starts at"
                description="minutes:seconds"
                value={clip.start}
                onChange={(e) => set(clip.key, { start: e.currentTarget.value })}
                w={120}
                inputMode="numeric"
              />
              <Button variant="default" mih={44} onClick={() => set(clip.key, { start: formatClock(currentTime()) })}>
                Start here
              </Button>
              <TextInput
                label="Ends at"
                description="minutes:seconds"
                value={clip.end}
                onChange={(e) => set(clip.key, { end: e.currentTarget.value })}
                w={120}
                inputMode="numeric"
              />
              <Button variant="default" mih={44} onClick={() => set(clip.key, { end: formatClock(currentTime()) })}>
                End here
              </Button>
              <Button variant="subtle" mih={44} disabled={start === null} onClick={() => onPreview(start ?? 0)}>
                Watch clip {i + 1}
              </Button>
              {clips.length > 1 && (
                <Button
                  variant="subtle"
                  color="red"
                  mih={44}
                  onClick={() => onChange(clips.filter((c) => c.key !== clip.key))}
                >
                  Remove clip {i + 1}
                </Button>
              )}
            </Group>
            {problem && (
              <Text id={`clip-${clip.key}-error`} c="red.8" size="sm" mt={4}>
                {problem}
              </Text>
            )}
          </fieldset>
        );
      })}
      {problems?.list && (
        <Text c="red.8" size="sm" role="alert">
          {problems.list}
        </Text>
      )}
      {clips.length < MAX_CLIPS && (
        <Button
          variant="default"
          mih={44}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => onChange([...clips, newClip(currentTime())])}
        >
          Add a clip
        </Button>
      )}
      <Text size="sm" c="dimmed">
        Each clip is uploaded as its own recording.
      </Text>
    </Stack>
  );
}
