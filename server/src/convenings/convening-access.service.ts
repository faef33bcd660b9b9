import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, type DataSource } from 'typeorm';
import type { DocumentAccess } from '@switchback/shared';
import type { GqlContext } from '../common/auth-context.js';
import { currentUserId } from '../common/current-user.decorator.js';
import { notFound } from '../common/errors.js';
import { loaderFor } from '../common/loaders.js';
import type { DocumentRef } from '../collaboration/document-policies.js';
import type { Membership } from '../networks/membership.entity.js';
import { AccessService } from '../access/access.service.js';
import { conveningPolicy, type ConveningAction, type ConveningFacts } from '../access/policies/convening.policy.js';
import { ConveningSession } from './convening-session.entity.js';
import { Convening } from './convening.entity.js';
import { SessionSeat } from './session-seat.entity.js';

export interface ConveningViewer {
  convening: Convening;
  /** The caller's membership of the convening's network (an adult's). */
  me: Membership;
  coordinator: boolean;
  /** What the convening policy decides on (`access/policies/convening.policy.ts`). */
  facts: ConveningFacts;
}

export interface SessionViewer extends ConveningViewer {
  session: ConveningSession;
  facilitator: boolean;
  /** The session's facilitator and the coordinators run its check-in (and see its attendees). */
  mayCheckIn: boolean;
  /** The caller's seat in the session, if any. */
  seat: SessionSeat | null;
  /** EDIT for the facilitator, coordinators and attendees; VIEW for the network's other adults. */
  notes: DocumentAccess;
}

/**
 * Loads the facts the convening policy decides on (`access/policies/convening.policy.ts`), batched;
 * anyone it does not let read a convening gets "not found".
 */
@Injectable()
export class ConveningAccessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly network: AccessService,
  ) {}

  /** Viewers of several convenings in two queries; an Error in place of each the caller may not see. */
  async viewers(userId: string, conveningIds: readonly string[]): Promise<(ConveningViewer | Error)[]> {
    const ids = [...new Set(conveningIds.filter((id) => isUUID(id)))];
    const convenings = ids.length ? await this.db.getRepository(Convening).findBy({ id: In(ids) }) : [];
    const networkIds = [...new Set(convenings.map((c) => c.networkId))];
    const memberships = await this.network.memberships(userId, networkIds);
    return conveningIds.map((id) => {
      const convening = convenings.find((c) => c.id === id);
      const me = convening && memberships.find((m) => m.networkId === convening.networkId);
      if (!convening || !me) return notFound('convening');
      const facts: ConveningFacts = {
        role: me.role,
        draft: convening.status === 'DRAFT',
        facilitator: false,
        attendee: false,
      };
      if (!conveningPolicy.allows(facts, 'read')) return notFound('convening');
      return { convening, me, coordinator: conveningPolicy.allows(facts, 'plan'), facts };
    });
  }

  async viewer(userId: string, conveningId: string): Promise<ConveningViewer> {
    const [result] = await this.viewers(userId, [conveningId]);
    if (result instanceof Error) throw result;
    return result;
  }

  /** The caller's view of a convening, looked up once per GraphQL request. */
  viewerFor(ctx: GqlContext, conveningId: string): Promise<ConveningViewer> {
    const userId = currentUserId(ctx);
    return loaderFor<string, ConveningViewer>(ctx, `conveningViewer:${userId}`, (ids) =>
      this.viewers(userId, ids),
    ).load(conveningId);
  }

  /** Planning (create, change, publish, schedule) is for coordinators. */
  async coordinator(userId: string, conveningId: string): Promise<ConveningViewer> {
    return this.assert(await this.viewer(userId, conveningId), 'plan');
  }

  /** The viewer when the convening policy allows `action`; FORBIDDEN with its sentence otherwise. */
  assert<V extends ConveningViewer>(viewer: V, action: ConveningAction): V {
    conveningPolicy.assert(viewer.facts, action);
    return viewer;
  }

  /** Views of several sessions; an Error in place of each the caller may not see. */
  async sessionViewers(userId: string, sessionIds: readonly string[]): Promise<(SessionViewer | Error)[]> {
    const ids = [...new Set(sessionIds.filter((id) => isUUID(id)))];
    const sessions = ids.length ? await this.db.getRepository(ConveningSession).findBy({ id: In(ids) }) : [];
    const [viewers, seats] = await Promise.all([
      this.viewers(
        userId,
        sessions.map((s) => s.conveningId),
      ),
      sessions.length ? this.db.getRepository(SessionSeat).findBy({ userId, sessionId: In(ids) }) : [],
    ]);
    return sessionIds.map((id) => {
      const i = sessions.findIndex((s) => s.id === id);
      const viewer = viewers[i];
      if (i < 0 || viewer instanceof Error) return notFound('session');
      const session = sessions[i];
      const seat = seats.find((s) => s.sessionId === id) ?? null;
      const facilitator = session.facilitatorId === userId;
      const attendee = !!seat && (seat.status === 'CONFIRMED' || !!seat.checkedInAt);
      const facts: ConveningFacts = { ...viewer.facts, facilitator, attendee };
      const notes: DocumentAccess = conveningPolicy.allows(facts, 'editNotes') ? 'EDIT' : 'VIEW';
      const mayCheckIn = conveningPolicy.allows(facts, 'checkIn');
      return { ...viewer, facts, session, facilitator, mayCheckIn, seat, notes };
    });
  }

  async sessionViewer(userId: string, sessionId: string): Promise<SessionViewer> {
    const [result] = await this.sessionViewers(userId, [sessionId]);
    if (result instanceof Error) throw result;
    return result;
  }

  sessionViewerFor(ctx: GqlContext, sessionId: string): Promise<SessionViewer> {
    const userId = currentUserId(ctx);
    return loaderFor<string, SessionViewer>(ctx, `sessionViewer:${userId}`, (ids) =>
      this.sessionViewers(userId, ids),
    ).load(sessionId);
  }

  /** What the live-document engine asks when someone joins a session's notes. */
  async documentAccess(userId: string, doc: DocumentRef): Promise<DocumentAccess | null> {
    const [result] = await this.sessionViewers(userId, [doc.ownerId]);
    if (result instanceof Error || result.session.notesDocumentId !== doc.id) return null;
    return result.notes;
  }

  /** Convenings of a network the caller may see: all for coordinators, published ones for adults, none for students. */
  async list(userId: string, networkId: string): Promise<Convening[]> {
    const me = await this.network.activeMembership(userId, networkId);
    if (!me) throw notFound('network');
    if (me.role === 'STUDENT') return [];
    return this.db.getRepository(Convening).find({
      where: me.role === 'COORDINATOR' ? { networkId } : { networkId, status: 'PUBLISHED' },
      order: { startsAt: 'DESC' },
    });
  }
}
