import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClipRange } from './clips';
import { canProcessVideo, processedName, processVideo, VideoProcessingError } from './process-video';
import { startUpload, type UploadHandle, type UploadTarget } from './resumable-upload';
import { TransferEstimator, formatBytes, type TransferEstimate } from './transfer-estimate';
import { isRetryable, uploadFailureMessage } from './upload-errors';

export interface UploadJobState {
  stage: 'idle' | 'processing' | 'uploading' | 'done';
  label: string;
  /** Processing: the share done (0–1). */
  share: number;
  sent: number;
  total: number;
  estimate: TransferEstimate | null;
  paused: boolean;
  resumedAt: number | null;
  error: string | null;
  /** "Shrinking saved 40 MB: …", once a shrunk or trimmed file is ready. */
  savedReport: string | null;
  uploadedCount: number;
}

export interface UploadJobPlan {
  /** One entry per recording to make: a clip, or null for the whole file. */
  clips: (ClipRange | null)[];
  resize: { width: number; height: number } | null;
  durationSeconds?: number;
}

const IDLE: UploadJobState = {
  stage: 'idle',
  label: '',
  share: 0,
  sent: 0,
  total: 0,
  estimate: null,
  paused: false,
  resumedAt: null,
  error: null,
  savedReport: null,
  uploadedCount: 0,
};

class Cancelled extends Error {}
class Refused extends Error {}

/** Runs the steps of one upload (prepare each clip, then send it) and exposes pause, resume, cancel. */
export function useUploadJob(target: UploadTarget, onUploaded: (mediaId: string) => void) {
  const [state, setState] = useState<UploadJobState>(IDLE);
  const handle = useRef<UploadHandle | null>(null);
  const abort = useRef<AbortController | null>(null);
  const rejectCurrent = useRef<((e: Error) => void) | null>(null);
  const cancelled = useRef(false);
  const estimator = useRef<TransferEstimator | null>(null);
  const patch = useCallback((p: Partial<UploadJobState>) => setState((s) => ({ ...s, ...p })), []);

  // Leaving the page pauses the upload (it resumes when the same file is picked again).
  useEffect(() => () => void handle.current?.pause(), []);

  const sendOne = useCallback(
    (file: File, label: string) =>
      new Promise<string>((resolve, reject) => {
        rejectCurrent.current = reject;
        const estimate = new TransferEstimator(file.size);
        estimator.current = estimate;
        patch({ stage: 'uploading', label, sent: 0, total: file.size, estimate: null, paused: false, resumedAt: null });
        startUpload(file, target, {
          onProgress: (sent, total) =>
            patch({ sent, total, estimate: estimate.update({ sent, at: performance.now() }) }),
          onResumedAt: (offset) => {
            estimate.start({ sent: offset, at: performance.now() });
            patch({ resumedAt: offset, sent: offset });
          },
          onSuccess: resolve,
          onError: (failure) => {
            estimate.pause();
            const message = uploadFailureMessage(failure);
            if (isRetryable(failure.status)) patch({ paused: true, error: message });
            else reject(new Refused(message));
          },
        }).then(
          (h) => {
            // Cancelled while the library was still loading: stop it as soon as it exists.
            if (cancelled.current) void h.cancel();
            else handle.current = h;
          },
          () => reject(new Refused('The upload could not start. Check your connection and try again.')),
        );
      }),
    [patch, target],
  );

  const run = useCallback(
    async (file: File, plan: UploadJobPlan) => {
      setState({ ...IDLE, stage: 'processing' });
      cancelled.current = false;
      let original = 0;
      let prepared = 0;
      let uploaded = 0;
      try {
        for (const [i, clip] of plan.clips.entries()) {
          const of = plan.clips.length > 1 ? ` clip ${i + 1} of ${plan.clips.length}` : '';
          let toSend = file;
          if (plan.resize || clip) {
            abort.current = new AbortController();
            patch({
              stage: 'processing',
              share: 0,
              label: plan.resize ? `Shrinking${of || ' the video'} on this device…` : `Cutting${of}…`,
            });
            toSend = await processVideo(file, processedName(file.name, !!plan.resize, clip ? i + 1 : null), {
              resize: plan.resize,
              clip,
              signal: abort.current.signal,
              onProgress: (share) => patch({ share }),
            });
            const duration = plan.durationSeconds ?? 0;
            original += clip && duration ? Math.round((file.size * (clip.end - clip.start)) / duration) : file.size;
            prepared += toSend.size;
            patch({
              savedReport: `Ready to upload ${formatBytes(prepared)} instead of about ${formatBytes(original)}: ${formatBytes(Math.max(0, original - prepared))} less to send.`,
            });
          }
          const mediaId = await sendOne(toSend, `Uploading${of || ` ${toSend.name}`}`);
          handle.current = null;
          uploaded += 1;
          onUploaded(mediaId);
        }
        patch({ stage: 'done', uploadedCount: uploaded, error: null });
      } catch (e) {
        handle.current = null;
        const error =
          e instanceof Cancelled
            ? null
            : e instanceof Refused || e instanceof VideoProcessingError
              ? e.message
              : abort.current?.signal.aborted
                ? null
                : 'The video could not be prepared on this device. Upload it as it is (without shrinking).';
        patch({ stage: 'idle', error, paused: false, uploadedCount: uploaded });
      }
    },
    [onUploaded, patch, sendOne],
  );

  return {
    state,
    canProcess: canProcessVideo(),
    run,
    pause: () => {
      void handle.current?.pause();
      estimator.current?.pause();
      patch({ paused: true });
    },
    resume: () => {
      handle.current?.resume();
      patch({ paused: false, error: null });
    },
    cancel: async () => {
      cancelled.current = true;
      abort.current?.abort();
      await handle.current?.cancel();
      rejectCurrent.current?.(new Cancelled());
    },
    reset: () => setState(IDLE),
  };
}
