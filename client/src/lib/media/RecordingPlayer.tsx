import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import { Stack, Switch, Text } from '@mantine/core';
import { deviceConnection, mediaUrl, prefersLowBandwidth } from './low-bandwidth';

/** What notes use: jump to a moment, and read the moment to stamp a note with. */
export interface RecordingPlayerHandle {
  seekTo(seconds: number, options?: { play?: boolean }): void;
  currentTime(): number;
}

export interface RecordingPlayerProps {
  mediaId: string;
  hasLowRendition: boolean;
  /** What the recording is, for screen readers ("Recording of the research lesson"). */
  label?: string;
  ref?: Ref<RecordingPlayerHandle>;
}

/**
 * Streams a recording (HTTP range requests: the browser fetches only what it plays). Not offered for
 * download: no download button, no picture-in-picture, no context menu. The low-bandwidth rendition,
 * where the server made one, is on by default when the device says its connection is slow.
 */
export function RecordingPlayer({ mediaId, hasLowRendition, label = 'Recording', ref }: RecordingPlayerProps) {
  const video = useRef<HTMLVideoElement>(null);
  const [low, setLow] = useState(() => hasLowRendition && prefersLowBandwidth(deviceConnection()));
  // Switching renditions keeps the place and whether it was playing.
  const resumeAt = useRef<{ time: number; playing: boolean } | null>(null);
  const useLow = low && hasLowRendition;

  useImperativeHandle(
    ref,
    () => ({
      seekTo(seconds, options) {
        const v = video.current;
        if (!v) return;
        v.currentTime = Math.max(0, seconds);
        if (options?.play) void v.play().catch(() => undefined);
      },
      currentTime: () => video.current?.currentTime ?? 0,
    }),
    [],
  );

  const toggle = (next: boolean) => {
    const v = video.current;
    if (v) resumeAt.current = { time: v.currentTime, playing: !v.paused };
    setLow(next);
  };

  return (
    <Stack gap="xs">
      <video
        ref={video}
        key={useLow ? 'low' : 'original'}
        src={mediaUrl(mediaId, useLow)}
        controls
        controlsList="nodownload noremoteplayback"
        disablePictureInPicture
        preload="metadata"
        playsInline
        aria-label={label}
        onContextMenu={(e) => e.preventDefault()}
        onLoadedMetadata={(e) => {
          const at = resumeAt.current;
          if (!at) return;
          resumeAt.current = null;
          e.currentTarget.currentTime = at.time;
          if (at.playing) void e.currentTarget.play().catch(() => undefined);
        }}
        style={{ width: '100%', maxHeight: '70vh', background: '#000', borderRadius: 4 }}
      />
      {hasLowRendition ? (
        <Switch
          checked={useLow}
          onChange={(e) => toggle(e.currentTarget.checked)}
          label="Low bandwidth"
          description="A smaller version of the video that plays smoothly on a slow connection."
          size="md"
        />
      ) : (
        <Text size="sm" c="dimmed">
          This recording plays as it was uploaded.
        </Text>
      )}
    </Stack>
  );
}
