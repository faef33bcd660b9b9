/**
 * HTTP to an LMS (the platform of LTI Advantage services): a time limit on every call, JSON bodies,
 * and refusals turned into one error a teacher can read, with the platform's answer kept for the log.
 */

/** How long one call to the LMS may take. */
export const LMS_TIMEOUT_MS = 15_000;

/** The most a JSON answer of the LMS may weigh (a page of a roster, a line item). */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

/**
 * The LMS refused or could not be reached. `message` is for the teacher (no URL, no token); `detail`
 * (status and the start of the platform's answer) is for the server log.
 */
export class LmsError extends Error {
  constructor(
    message: string,
    readonly detail: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'LmsError';
  }
}

export interface LmsResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

/** Calls the LMS; `what` names the call in the teacher's words ("the course roster"). */
export async function lmsFetch(url: string, init: RequestInit, what: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, redirect: 'follow', signal: AbortSignal.timeout(LMS_TIMEOUT_MS) });
  } catch (err) {
    const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
    throw new LmsError(
      timedOut
        ? `The LMS did not answer in time while Switchback asked for ${what}. Try again in a moment.`
        : `Switchback could not reach the LMS for ${what}. Check the platform's addresses with your coordinator.`,
      `${init.method ?? 'GET'} ${url}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  return res;
}

/** Reads a JSON answer, refusing non-2xx answers with `refused` (the teacher's sentence). */
export async function lmsJson<T>(res: Response, what: string, refused: string): Promise<LmsResponse<T>> {
  const text = await readCapped(res);
  if (!res.ok) throw new LmsError(refused, `${what}: HTTP ${res.status} ${text.slice(0, 300)}`, res.status);
  try {
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as T, headers: res.headers };
  } catch {
    throw new LmsError(
      `The LMS sent something Switchback could not read for ${what}.`,
      `${what}: not JSON: ${text.slice(0, 300)}`,
      res.status,
    );
  }
}

async function readCapped(res: Response): Promise<string> {
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) {
    await res.body?.cancel();
    throw new LmsError('The LMS sent an answer too large to read.', `content-length ${length}`, res.status);
  }
  const text = await res.text();
  if (text.length > MAX_BODY_BYTES) throw new LmsError('The LMS sent an answer too large to read.', 'body', res.status);
  return text;
}

/**
 * The `rel="next"` target of an HTTP Link header (RFC 8288), resolved against the page's URL; null
 * when there is none.
 */
export function nextLink(header: string | null, base: string): string | null {
  if (!header) return null;
  for (const part of header.split(/,(?=\s*<)/)) {
    const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (!m) continue;
    const rel = /(?:^|;)\s*rel\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(m[2]);
    const rels = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/);
    if (rels.includes('next')) {
      try {
        return new URL(m[1], base).toString();
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** `url` with `/scores` (or another segment) added to its path, keeping its query (AGS §3.4). */
export function withPathSegment(url: string, segment: string): string {
  const u = new URL(url);
  u.pathname = `${u.pathname.replace(/\/+$/, '')}/${segment}`;
  return u.toString();
}
