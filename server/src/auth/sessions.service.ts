import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, MoreThan, type EntityManager, type Repository } from 'typeorm';
import { AccessEvents } from '../access/access-events.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { AuthContext } from '../common/auth-context.js';
import { Membership } from '../networks/membership.entity.js';
import { Session } from './session.entity.js';
import { hashToken, randomToken } from './tokens.js';

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: AccessEvents,
  ) {}

  get ttlMs(): number {
    return this.config.sessionTtlHours * 3600_000;
  }

  /** Starts a session and returns its token (the only time the token exists in clear). */
  async create(userId: string, ip: string | null, manager?: EntityManager): Promise<string> {
    const token = randomToken();
    const repo = manager ? manager.getRepository(Session) : this.sessions;
    await repo.insert({
      userId,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + this.ttlMs),
      revokedAt: null,
      ip,
    });
    return token;
  }

  /**
   * The live session a token belongs to, with its user; null when unknown, revoked or expired. With
   * `memberships`, the user's active memberships come in the same statement (for the access
   * kernel's request scope: `access/request-scope.ts`).
   */
  async resolve(token: string, options: { memberships?: boolean } = {}): Promise<AuthContext | null> {
    if (!token || token.length > 200) return null;
    // One statement: findOne with a relation would first select the distinct id (TypeORM's LIMIT
    // with joins), a second round trip on every request; the token hash is unique anyway.
    const qb = this.sessions
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.user', 'u')
      .where('s.token_hash = :tokenHash AND s.revoked_at IS NULL', { tokenHash: hashToken(token) });
    if (options.memberships) {
      qb.leftJoinAndMapMany('s.memberships', Membership, 'm', "m.user_id = s.user_id AND m.status = 'ACTIVE'");
    }
    const session = (await qb.getOne()) as (Session & { memberships?: Membership[] }) | null;
    if (!session || session.expiresAt.getTime() <= Date.now()) return null;
    const auth: AuthContext = { user: session.user, sessionId: session.id };
    if (options.memberships) auth.memberships = session.memberships ?? [];
    return auth;
  }

  /** Signs one session out; its open sockets (on every server process) are disconnected. */
  async revoke(sessionId: string, userId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.events.publish({ kind: 'session-revoked', userId, sessionId });
  }

  /**
   * Signs a person out everywhere (password change, deactivation); once `manager`'s transaction
   * commits, their open sockets are disconnected.
   */
  async revokeAllFor(userId: string, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(Session) : this.sessions;
    await repo.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.events.publishAfterCommit(manager, { kind: 'session-revoked', userId });
  }

  /** Which of these sessions are still live (not revoked, not expired): one query, for sockets to re-check. */
  async liveIds(sessionIds: readonly string[]): Promise<Set<string>> {
    const ids = [...new Set(sessionIds)];
    if (!ids.length) return new Set();
    const rows = await this.sessions.find({
      select: { id: true },
      where: { id: In(ids), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
    });
    return new Set(rows.map((r) => r.id));
  }
}
