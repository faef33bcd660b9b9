import { describe, expect, it } from '@jest/globals';
import { isRetryable, uploadFailureMessage } from './upload-errors';

describe('uploadFailureMessage', () => {
  it("shows the server's plain sentence for a refusal", () => {
    expect(uploadFailureMessage({ status: 413, body: 'This video is larger than 2 GB, the limit here.' })).toBe(
      'This video is larger than 2 GB, the limit here.',
    );
  });

  it('falls back to its own sentence when the body is HTML, JSON, a stack trace or empty', () => {
    expect(uploadFailureMessage({ status: 415, body: '<html>nope</html>' })).toMatch(/not a video file/);
    expect(uploadFailureMessage({ status: 413, body: '{"error":"x"}' })).toMatch(/larger than the server accepts/);
    expect(uploadFailureMessage({ status: 403, body: 'Error: x\n    at foo (bar.js:1:1)' })).toBe(
      'You may not upload a recording here.',
    );
    expect(uploadFailureMessage({ status: 404, body: '' })).toMatch(/expired/);
  });

  it('never shows a server error body, and says the upload is saved when the link drops', () => {
    expect(uploadFailureMessage({ status: 500, body: 'TypeError: boom' })).toMatch(/Your upload is saved/);
    expect(uploadFailureMessage({ status: 0, body: '' })).toMatch(/pick the same file to continue/);
  });

  it('retries dropped links and busy servers, not refusals', () => {
    expect([0, 408, 423, 429, 500, 503].every(isRetryable)).toBe(true);
    expect([400, 403, 404, 413, 415].some(isRetryable)).toBe(false);
  });
});
