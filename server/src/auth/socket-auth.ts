import type { Socket } from 'socket.io';
import { SESSION_COOKIE } from './cookies.js';

/** The origin (`scheme://host[:port]`) of a URL, or null. */
function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Whether a browser handshake comes from the app's own pages: its `Origin` is the app's public
 * origin (`PUBLIC_URL`) or has the host the request was sent to. Browsers always send `Origin` on a
 * WebSocket handshake and on cross-origin requests; a same-origin polling request may have none,
 * and then `Sec-Fetch-Site` (sent by current browsers) must say it is same-origin.
 */
export function fromOwnOrigin(socket: Socket, publicUrl: string | undefined = process.env.PUBLIC_URL): boolean {
  const headers = socket.handshake.headers;
  const origin = typeof headers.origin === 'string' ? headers.origin : undefined;
  if (!origin) {
    const site = headers['sec-fetch-site'];
    return site === undefined || site === 'same-origin';
  }
  const given = originOf(origin);
  if (!given) return false;
  if (given === originOf(publicUrl)) return true;
  // The request's own host; a proxy may pass it without its port (nginx's `$host`).
  const host = typeof headers.host === 'string' ? headers.host.toLowerCase() : '';
  const { host: givenHost, hostname } = new URL(given);
  return host !== '' && (host === givenHost || (!/:\d+$/.test(host) && host === hostname));
}

/**
 * The session token a socket.io client presented: `auth.token`, a bearer header or the session
 * cookie. A cookie is sent by the browser whichever site opened the socket, so it counts only when
 * the handshake comes from the app's own origin (cross-site WebSocket hijacking); `auth.token` and
 * the bearer header are chosen by the client itself (API clients, tests) and need no `Origin`.
 */
export function socketToken(socket: Socket, publicUrl?: string): string | null {
  const auth = socket.handshake.auth as { token?: unknown } | undefined;
  if (auth && typeof auth.token === 'string') return auth.token;
  const header = socket.handshake.headers.authorization;
  if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice(7);
  const cookie = socket.handshake.headers.cookie ?? '';
  for (const part of cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === SESSION_COOKIE) return fromOwnOrigin(socket, publicUrl) ? decodeURIComponent(v.join('=')) : null;
  }
  return null;
}
