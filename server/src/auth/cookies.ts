import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'sb_session';

export function setSessionCookie(res: Response, token: string, maxAgeMs: number, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeMs });
}

export function clearSessionCookie(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** The session token of a request: the cookie, or an `Authorization: Bearer` header. */
export function tokenFromRequest(req: Pick<Request, 'headers'> & { cookies?: Record<string, string> }): string | null {
  const header = req.headers.authorization;
  if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice(7).trim() || null;
  return req.cookies?.[SESSION_COOKIE] ?? null;
}
