import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { isUUID } from 'class-validator';
import type { AppRequest } from './auth-context.js';
import { notFound, unauthenticated } from './errors.js';
import type { DownloadFile } from './files.js';

/** The HTTP status of each error code a download may answer with; any other error is rethrown. */
const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

export interface DownloadOptions {
  /** What the URL names, for "That … was not found." (e.g. `unit`). */
  what: string;
  /** The id from the URL, when it has one: anything but a UUID is not found. */
  id?: string;
  /** Shown by the browser (calendars) rather than saved (exports). */
  inline?: boolean;
}

/**
 * Answers a download request (`GET /api/...`, with the session cookie or a bearer token): the file
 * `make` builds for the signed-in user, or a JSON `{ error: { code, message, fieldErrors? } }` with
 * the matching status when nobody is signed in, the id is not a UUID, or `make` refuses. Nothing is
 * cached: files and errors depend on who asks.
 */
export async function sendDownload(
  req: AppRequest,
  res: Response,
  { what, id, inline = false }: DownloadOptions,
  make: (userId: string) => Promise<DownloadFile>,
): Promise<void> {
  try {
    const userId = req.auth?.user.id;
    if (!userId) throw unauthenticated();
    if (id !== undefined && !isUUID(id)) throw notFound(what);
    const file = await make(userId);
    res
      .status(200)
      .setHeader('Content-Type', file.contentType)
      .setHeader('Content-Disposition', `${inline ? 'inline' : 'attachment'}; filename="${file.filename}"`)
      .setHeader('Cache-Control', 'private, no-store')
      .send(file.body);
  } catch (err) {
    const code = err instanceof GraphQLError ? String(err.extensions.code) : '';
    if (!(code in STATUS)) throw err;
    const { message, extensions } = err as GraphQLError;
    const { fieldErrors } = extensions;
    res
      .status(STATUS[code]!)
      .setHeader('Cache-Control', 'no-store')
      .json({ error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } });
  }
}
