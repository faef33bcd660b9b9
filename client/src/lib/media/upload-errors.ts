/** What a teacher reads when an upload is refused or fails: the server's sentence when it gave one. */

export interface UploadFailure {
  /** HTTP status of the refusal, or 0 when the server was not reached. */
  status: number;
  /** The response body (the server's refusals are one plain-language sentence). */
  body: string;
}

/** A retry may help (the link dropped, the server was busy); a refusal will not change. */
export function isRetryable(status: number): boolean {
  return status === 0 || status === 408 || status === 423 || status === 429 || status >= 500;
}

const BY_STATUS: Record<number, string> = {
  401: 'You have been signed out. Sign in again, then pick the same file to continue.',
  403: 'You may not upload a recording here.',
  404: 'This upload can no longer be found: it may have expired. Start it again.',
  409: 'The upload got out of step with the server. Pick the same file to continue.',
  410: 'This upload has expired. Start it again.',
  413: 'This file is larger than the server accepts. Shrink it or trim it to clips first.',
  415: 'This is not a video file the server accepts. Choose a video (for example an MP4 from a phone).',
};

/** Plain text only: a body that looks like HTML or JSON or a stack trace is not shown to people. */
function readable(body: string): string | null {
  const text = body.trim();
  if (!text || text.length > 300 || /^[<{[]/.test(text) || /\n\s+at /.test(text)) return null;
  return text;
}

export function uploadFailureMessage({ status, body }: UploadFailure): string {
  if (status === 0)
    return 'The connection dropped and did not come back. Your upload is saved: press Resume, or pick the same file to continue later.';
  const server = status >= 400 && status < 500 ? readable(body) : null;
  if (server) return server;
  if (BY_STATUS[status]) return BY_STATUS[status];
  if (status >= 500)
    return 'The server had a problem receiving the video. Your upload is saved: press Resume in a moment.';
  return 'The upload did not go through. Press Resume to try again.';
}
