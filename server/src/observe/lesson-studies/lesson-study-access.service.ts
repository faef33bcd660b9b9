import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, type DataSource } from 'typeorm';
import type { DocumentAccess, LessonStudyRole } from '@switchback/shared';
import { AccessService } from '../../access/access.service.js';
import {
  lessonStudyPolicy,
  type LessonStudyAction,
  type LessonStudyFacts,
} from '../../access/policies/lesson-study.policy.js';
import type { GqlContext } from '../../common/auth-context.js';
import { currentUserId } from '../../common/current-user.decorator.js';
import { notFound } from '../../common/errors.js';
import { loaderFor } from '../../common/loaders.js';
import type { DocumentRef } from '../../collaboration/document-policies.js';
import { SessionSeat } from '../../convenings/session-seat.entity.js';
import type { LessonStudyAbilities } from './dto/lesson-study.types.js';
import { GroupMember } from '../../groups/group-member.entity.js';
import type { Membership } from '../../networks/membership.entity.js';
import { LessonStudyParticipant } from './lesson-study-participant.entity.js';
import { LessonStudy } from './lesson-study.entity.js';

export interface LessonStudyViewer {
  cycle: LessonStudy;
  /** The caller's membership of the cycle's network; null for an invited knowledgeable other. */
  me: Membership | null;
  /** What the lesson-study policy decides on (`access/policies/lesson-study.policy.ts`). */
  facts: LessonStudyFacts;
}

/**
 * Loads the facts the lesson-study policy decides on, batched: the caller's membership of each
 * cycle's network, their place in its group and their roles in it. Anyone the policy does not let
 * read a cycle gets "not found", exactly as for an id nobody has.
 */
@Injectable()
export class LessonStudyAccessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly network: AccessService,
  ) {}

  /** Viewers of several cycles in at most four queries; an Error in place of each the caller may not see. */
  async viewers(userId: string, ids: readonly string[]): Promise<(LessonStudyViewer | Error)[]> {
    const valid = [...new Set(ids.filter((id) => isUUID(id)))];
    const cycles = valid.length ? await this.db.getRepository(LessonStudy).findBy({ id: In(valid) }) : [];
    const found = cycles.map((c) => c.id);
    const openClasses = cycles.flatMap((c) => (c.openClassSessionId ? [c.openClassSessionId] : []));
    const [memberships, places, rows, seats] = await Promise.all([
      this.network.memberships(
        userId,
        cycles.map((c) => c.networkId),
      ),
      cycles.length
        ? this.db.getRepository(GroupMember).findBy({ userId, groupId: In(cycles.map((c) => c.groupId)) })
        : [],
      found.length ? this.db.getRepository(LessonStudyParticipant).findBy({ userId, lessonStudyId: In(found) }) : [],
      openClasses.length
        ? this.db.getRepository(SessionSeat).findBy({ userId, sessionId: In(openClasses), status: 'CONFIRMED' })
        : [],
    ]);
    return ids.map((id) => {
      const cycle = cycles.find((c) => c.id === id);
      if (!cycle) return notFound('lesson study');
      const me = memberships.find((m) => m.networkId === cycle.networkId) ?? null;
      const mine = rows.filter((r) => r.lessonStudyId === id);
      // Without a membership only an invited knowledgeable other's row lets anyone in.
      const held = me ? mine : mine.filter((r) => r.guest && r.role === 'KNOWLEDGEABLE_OTHER');
      if (!me && !held.length) return notFound('lesson study');
      const roles = held.map((r) => r.role);
      // A confirmed seat at the cycle's open class makes a member of the network one of its observers.
      const seated = !!me && seats.some((s) => s.sessionId === cycle.openClassSessionId);
      if (seated && !roles.includes('OBSERVER')) roles.push('OBSERVER');
      const facts: LessonStudyFacts = {
        role: me?.role ?? 'TEACHER',
        member: !!me,
        groupMember: places.some((p) => p.groupId === cycle.groupId && p.status === 'ACTIVE'),
        roles,
        phase: cycle.phase,
      };
      if (!lessonStudyPolicy.allows(facts, 'read')) return notFound('lesson study');
      return { cycle, me, facts };
    });
  }

  async viewer(userId: string, id: string): Promise<LessonStudyViewer> {
    const [result] = await this.viewers(userId, [id]);
    if (result instanceof Error) throw result;
    return result;
  }

  /** The caller's view of a cycle, looked up once per GraphQL request (and batched across cycles). */
  viewerFor(ctx: GqlContext, id: string): Promise<LessonStudyViewer> {
    const userId = currentUserId(ctx);
    return loaderFor<string, LessonStudyViewer>(ctx, `lessonStudyViewer:${userId}`, (ids) =>
      this.viewers(userId, ids),
    ).load(id);
  }

  can(viewer: LessonStudyViewer, action: LessonStudyAction): boolean {
    return lessonStudyPolicy.allows(viewer.facts, action);
  }

  /** What the viewer may do with the cycle now (the page's buttons), each decided by the policy. */
  abilities(viewer: LessonStudyViewer): LessonStudyAbilities {
    const can = (a: keyof LessonStudyAbilities) => this.can(viewer, a);
    return {
      editPlan: can('editPlan'),
      editLookFors: can('editLookFors'),
      advance: can('advance'),
      nameRoles: can('nameRoles'),
      inviteGuest: can('inviteGuest'),
      watch: can('watch'),
      upload: can('upload'),
      writeNotes: can('writeNotes'),
    };
  }

  /** The viewer when the policy allows `action`; FORBIDDEN with its sentence otherwise. */
  assert(viewer: LessonStudyViewer, action: LessonStudyAction): LessonStudyViewer {
    lessonStudyPolicy.assert(viewer.facts, action);
    return viewer;
  }

  async require(userId: string, id: string, action: LessonStudyAction): Promise<LessonStudyViewer> {
    return this.assert(await this.viewer(userId, id), action);
  }

  /** What the live-document engine asks when someone joins a cycle's plan: EDIT, VIEW or nothing. */
  async documentAccess(userId: string, doc: DocumentRef): Promise<DocumentAccess | null> {
    const [result] = await this.viewers(userId, [doc.ownerId]);
    if (result instanceof Error || result.cycle.planDocumentId !== doc.id) return null;
    return this.can(result, 'editPlan') ? 'EDIT' : 'VIEW';
  }

  /** The roles each person holds in a cycle. */
  async rolesOf(lessonStudyId: string): Promise<Map<string, LessonStudyRole[]>> {
    const rows = await this.db
      .getRepository(LessonStudyParticipant)
      .find({ where: { lessonStudyId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const byUser = new Map<string, LessonStudyRole[]>();
    for (const r of rows) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r.role]);
    return byUser;
  }
}
