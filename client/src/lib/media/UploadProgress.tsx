import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { formatBytes, formatSpeed, formatTimeLeft, type TransferEstimate } from './transfer-estimate';

interface UploadProgressProps {
  /** "Uploading clip 1 of 2" or "Shrinking the video". */
  label: string;
  sent: number;
  total: number;
  estimate: TransferEstimate | null;
  paused: boolean;
  /** Bytes that were already on the server when the upload resumed. */
  resumedAt: number | null;
  onPause?(): void;
  onResume?(): void;
  onCancel(): void;
  /** Processing shows a share (0–1) instead of bytes. */
  share?: number;
}

/** The progress bar with bytes sent, speed and time left, and the buttons that steer the upload. */
export function UploadProgress(props: UploadProgressProps) {
  const { label, sent, total, estimate, paused, resumedAt, onPause, onResume, onCancel, share } = props;
  const percent = share !== undefined ? Math.round(share * 100) : total ? Math.floor((sent / total) * 100) : 0;
  const detail =
    share !== undefined
      ? `${percent}% done`
      : [
          `${formatBytes(sent)} of ${formatBytes(total)} sent`,
          paused ? 'paused' : estimate?.bytesPerSecond ? formatSpeed(estimate.bytesPerSecond) : null,
          paused ? null : formatTimeLeft(estimate?.secondsLeft ?? null),
        ]
          .filter(Boolean)
          .join(' · ');
  return (
    <Stack gap="xs">
      <Text fw={600} id="media-upload-label">
        {label}
      </Text>
      {/* The role is on the whole bar (the section is as wide as the share done, so nothing at 0 %). */}
      <Progress.Root
        size="lg"
        role="progressbar"
        aria-labelledby="media-upload-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={detail}
      >
        <Progress.Section value={percent} withAria={false} animated={!paused && percent < 100} />
      </Progress.Root>
      {/* Polite and atomic, so a screen reader reads the whole line, not every byte. */}
      <Text size="sm" aria-live="polite" aria-atomic="true">
        {detail}
      </Text>
      {resumedAt !== null && resumedAt > 0 && (
        <Text size="sm" c="dimmed">
          Continued from where it stopped: {formatBytes(resumedAt)} were already uploaded.
        </Text>
      )}
      <Group gap="xs">
        {onPause && !paused && (
          <Button variant="default" mih={44} onClick={onPause}>
            Pause
          </Button>
        )}
        {onResume && paused && (
          <Button mih={44} onClick={onResume}>
            Resume
          </Button>
        )}
        <Button variant="subtle" color="red" mih={44} onClick={onCancel}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
