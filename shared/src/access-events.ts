/**
 * Access changes: published by the server after a change that may take access away (or give it)
 * commits, delivered to every server process, which re-checks the open sockets it concerns.
 */
export type AccessChange =
  /** A person's memberships, group places, seats or sessions changed: re-check all their sockets. */
  | { kind: 'user'; userId: string }
  /** Units or convening sessions changed status (archived, published, review opened or closed) or owners. */
  | { kind: 'document-owner'; ownerIds: string[] }
  /** A group changed (archived, opened or closed): re-check who may read its stream. */
  | { kind: 'group'; groupId: string }
  /** Something network-wide changed: re-check every open socket. */
  | { kind: 'network'; networkId: string }
  /**
   * Sessions of a person were revoked (sign-out, password change, deactivation): their sockets
   * whose session is no longer valid are disconnected. Without `sessionId`, any of their sessions.
   */
  | { kind: 'session-revoked'; userId: string; sessionId?: string };

export type AccessChangeKind = AccessChange['kind'];

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 64;

/** The change if `value` is a well-formed `AccessChange` (it crossed a process boundary), else null. */
export function parseAccessChange(value: unknown): AccessChange | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  switch (v.kind) {
    case 'user':
      return isId(v.userId) ? { kind: 'user', userId: v.userId } : null;
    case 'document-owner':
      return Array.isArray(v.ownerIds) && v.ownerIds.every(isId)
        ? { kind: 'document-owner', ownerIds: v.ownerIds }
        : null;
    case 'group':
      return isId(v.groupId) ? { kind: 'group', groupId: v.groupId } : null;
    case 'network':
      return isId(v.networkId) ? { kind: 'network', networkId: v.networkId } : null;
    case 'session-revoked':
      if (!isId(v.userId) || (v.sessionId !== undefined && !isId(v.sessionId))) return null;
      return v.sessionId === undefined
        ? { kind: 'session-revoked', userId: v.userId }
        : { kind: 'session-revoked', userId: v.userId, sessionId: v.sessionId };
    default:
      return null;
  }
}
