import type { Request, Response } from 'express';
import type { User } from '../auth/user.entity.js';
import type { Membership } from '../networks/membership.entity.js';

/** Who is calling: set on the request by the session middleware. */
export interface AuthContext {
  user: User;
  sessionId: string;
  /** The user's active memberships, read with the session (HTTP requests; see access/request-scope.ts). */
  memberships?: Membership[];
}

export interface AppRequest extends Request {
  auth?: AuthContext;
}

export interface GqlContext {
  req: AppRequest;
  res: Response;
  /** Request-scoped DataLoaders (see common/loaders.ts). */
  loaders?: Map<string, unknown>;
}
