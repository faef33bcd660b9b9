import type { Request } from 'express';

/** The client's address (Express applies TRUST_PROXY when it reads X-Forwarded-For). */
export function requestIp(req: Request): string {
  return (req.ip ?? req.socket?.remoteAddress ?? 'unknown').slice(0, 64);
}
