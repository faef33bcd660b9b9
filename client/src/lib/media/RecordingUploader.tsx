import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Checkbox, FileButton, Group, Stack, Text } from '@mantine/core';
import type { ObservationOwnerKind } from '@switchback/shared';
import { ClipEditor, newClip, type ClipDraft } from './ClipEditor';
import { clipsDuration, hasClipProblems, parseClock, validateClips, type ClipProblems, type ClipRange } from './clips';
import { browserStorage, interruptedUploads } from './interrupted-uploads';
import { planShrink } from './shrink';
import { formatBytes } from './transfer-estimate';
import { UploadProgress } from './UploadProgress';
import { useUploadJob } from './useUploadJob';

export interface RecordingUploaderProps {
  ownerKind: ObservationOwnerKind;
  ownerId: string;
  /** Called once per recording the server has in full (one per clip when trimming). */
  onUploaded(mediaId: string): void;
}

interface Facts {
  width: number;
  height: number;
  durationSeconds: number;
}

const phoneLike = () => typeof window !== 'undefined' && window.matchMedia?.('(pointer: coarse)').matches;

/**
 * Upload a recording of a lesson: pick a video (or film one on a phone), confirm the class's consent,
 * optionally shrink it to about 480p and cut it to clips on this device, then a resumable upload with
 * progress, time left, pause and cancel. Heavy code (tus-js-client, mediabunny) loads only on use.
 */
export function RecordingUploader({ ownerKind, ownerId, onUploaded }: RecordingUploaderProps) {
  const target = useMemo(() => ({ ownerKind, ownerId }), [ownerKind, ownerId]);
  const [file, setFile] = useState<File | null>(null);
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  const [facts, setFacts] = useState<Facts | null>(null);
  const [consent, setConsent] = useState(false);
  const [consentError, setConsentError] = useState(false);
  const [shrink, setShrink] = useState(false);
  const [trim, setTrim] = useState(false);
  const [clips, setClips] = useState<ClipDraft[]>(() => [newClip()]);
  const [clipProblems, setClipProblems] = useState<ClipProblems | null>(null);
  const preview = useRef<HTMLVideoElement>(null);
  const job = useUploadJob(target, onUploaded);
  const interrupted = useMemo(
    () => (job.state.stage === 'idle' ? interruptedUploads(target, browserStorage()) : []),
    [target, job.state.stage],
  );

  // The preview's object URL is let go when another file is chosen and when the page closes.
  useEffect(() => () => void (previewUrl && URL.revokeObjectURL(previewUrl)), [previewUrl]);

  const ranges: ClipRange[] = clips.map((c) => ({
    start: parseClock(c.start) ?? Number.NaN,
    end: parseClock(c.end) ?? Number.NaN,
  }));
  const keptSeconds =
    facts && trim
      ? Math.min(clipsDuration(ranges.filter((r) => r.end > r.start)), facts.durationSeconds)
      : (facts?.durationSeconds ?? 0);
  const plan =
    file && facts
      ? planShrink({
          ...facts,
          durationSeconds: keptSeconds,
          sizeBytes: facts.durationSeconds ? Math.round((file.size * keptSeconds) / facts.durationSeconds) : file.size,
        })
      : null;
  const canShrink = job.canProcess && plan?.shrink === true;

  const choose = (picked: File | null) => {
    job.reset();
    setFacts(null);
    setShrink(false);
    setTrim(false);
    setClips([newClip()]);
    setClipProblems(null);
    setFile(picked);
    setPreviewUrl(picked ? URL.createObjectURL(picked) : null);
  };

  const submit = () => {
    if (!file) return;
    if (!consent) {
      setConsentError(true);
      return;
    }
    let chosen: (ClipRange | null)[] = [null];
    if (trim) {
      const problems = validateClips(ranges, facts?.durationSeconds ?? Number.POSITIVE_INFINITY);
      setClipProblems(problems);
      if (hasClipProblems(problems)) return;
      chosen = [...ranges].sort((a, b) => a.start - b.start);
    }
    void job.run(file, {
      clips: chosen,
      resize: shrink && plan?.shrink ? { width: plan.width, height: plan.height } : null,
      durationSeconds: facts?.durationSeconds,
    });
  };

  const { state } = job;
  const busy = state.stage === 'processing' || state.stage === 'uploading';

  return (
    <Stack gap="md" className="media-uploader">
      {interrupted.length > 0 && !file && (
        <Alert color="yellow" variant="light" title="An upload did not finish">
          The upload of “{interrupted[0].filename}” stopped before it finished. Pick the same file to continue from
          where it stopped.
        </Alert>
      )}
      {!busy && state.stage !== 'done' && (
        <Group gap="xs">
          <FileButton onChange={choose} accept="video/*">
            {(props) => (
              <Button {...props} mih={44} variant={file ? 'default' : 'filled'}>
                {file ? 'Choose another video' : 'Choose a video'}
              </Button>
            )}
          </FileButton>
          {phoneLike() && (
            <FileButton onChange={choose} accept="video/*" capture="environment">
              {(props) => (
                <Button {...props} mih={44} variant="default">
                  Film with the camera
                </Button>
              )}
            </FileButton>
          )}
        </Group>
      )}
      <Text size="sm" c="dimmed">
        If the connection drops, the upload waits and continues by itself. If the page is closed or reloads, pick the
        same file here to continue from where it stopped.
      </Text>

      {file && (
        <>
          <Text>
            <strong>{file.name}</strong> · {formatBytes(file.size)}
          </Text>
          {previewUrl && (
            <video
              ref={preview}
              src={previewUrl}
              controls
              preload="metadata"
              playsInline
              aria-label={`Preview of ${file.name}`}
              style={{ width: '100%', maxHeight: 320, background: '#000' }}
              onLoadedMetadata={(e) =>
                setFacts({
                  width: e.currentTarget.videoWidth,
                  height: e.currentTarget.videoHeight,
                  durationSeconds: Number.isFinite(e.currentTarget.duration) ? e.currentTarget.duration : 0,
                })
              }
            />
          )}
          <Checkbox
            required
            disabled={busy}
            checked={consent}
            onChange={(e) => {
              setConsent(e.currentTarget.checked);
              setConsentError(false);
            }}
            label="I confirm the class's recording consent: every student shown may be filmed and the recording shared with this team."
            error={consentError ? 'Confirm the recording consent before uploading.' : undefined}
          />
          <Checkbox
            disabled={busy || !canShrink}
            checked={shrink && canShrink}
            onChange={(e) => setShrink(e.currentTarget.checked)}
            label="Shrink it to about 480p on this device before uploading"
            description={
              !job.canProcess
                ? 'This browser cannot shrink video; it will be uploaded as it is.'
                : !plan
                  ? 'Reading the video…'
                  : plan.shrink
                    ? `About ${formatBytes(plan.estimatedBytes)} instead of ${formatBytes(plan.estimatedBytes + plan.estimatedSavingBytes)}: saves about ${formatBytes(plan.estimatedSavingBytes)} of uploading.`
                    : plan.reason
            }
          />
          <Checkbox
            disabled={busy || !facts}
            checked={trim}
            onChange={(e) => setTrim(e.currentTarget.checked)}
            label="Upload only the clips that matter"
            description="Mark the start and end of each clip; the rest of the video is not uploaded."
          />
          {trim && !busy && (
            <ClipEditor
              clips={clips}
              onChange={setClips}
              problems={clipProblems}
              currentTime={() => preview.current?.currentTime ?? 0}
              onPreview={(start) => {
                const v = preview.current;
                if (!v) return;
                v.currentTime = start;
                void v.play().catch(() => undefined);
              }}
            />
          )}
          {!busy && state.stage !== 'done' && (
            <Button mih={44} onClick={submit} style={{ alignSelf: 'flex-start' }}>
              Upload
            </Button>
          )}
        </>
      )}

      {busy && (
        <UploadProgress
          label={state.label}
          sent={state.sent}
          total={state.total}
          estimate={state.estimate}
          paused={state.paused}
          resumedAt={state.resumedAt}
          share={state.stage === 'processing' ? state.share : undefined}
          onPause={state.stage === 'uploading' ? job.pause : undefined}
          onResume={state.stage === 'uploading' ? job.resume : undefined}
          onCancel={() => void job.cancel()}
        />
      )}
      {state.error && (
        <Alert color="red" variant="light" role="alert" title="The upload stopped">
          {state.error}
        </Alert>
      )}
      {state.savedReport && <Text size="sm">{state.savedReport}</Text>}
      {state.stage === 'done' && (
        <Alert color="green" variant="light" role="status" title="Uploaded">
          {state.uploadedCount === 1 ? 'The recording is uploaded.' : `${state.uploadedCount} clips are uploaded.`}{' '}
          <Button variant="subtle" mih={44} onClick={() => choose(null)}>
            Upload another
          </Button>
        </Alert>
      )}
    </Stack>
  );
}
