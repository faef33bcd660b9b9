import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../../access/access.service.js';
import {
  calibrationRoundPolicy,
  type CalibrationRoundAction,
  type CalibrationRoundFacts,
} from '../../access/policies/calibration-round.policy.js';
import { rubricPolicy } from '../../access/policies/rubric.policy.js';
import { SchoolClass } from '../../classes/school-class.entity.js';
import { notFound } from '../../common/errors.js';
import { GroupMember } from '../../groups/group-member.entity.js';
import { Group } from '../../groups/group.entity.js';
import type { Membership } from '../../networks/membership.entity.js';
import { Exchange } from '../exchange.entity.js';
import { Rubric } from '../rubric.entity.js';
import { Submission } from '../submission.entity.js';
import { CalibrationEssay } from './calibration-essay.entity.js';
import { CalibrationRound } from './calibration-round.entity.js';

export interface CalibrationGroupContext {
  group: Group;
  me: Membership;
  facts: CalibrationRoundFacts;
}

export interface CalibrationRoundContext {
  round: CalibrationRound;
  me: Membership;
  facts: CalibrationRoundFacts;
}

const ROUND = 'calibration round';

/**
 * Loads the facts the calibration-round policy decides on (`access/policies/calibration-round.policy.ts`).
 * Whoever may not read a round (a student, an adult outside its group who is not a coordinator,
 * another network) is told it does not exist; a member asking for what they may not do is told why.
 */
@Injectable()
export class CalibrationAccessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  private async place(userId: string, groupId: string) {
    const row = await this.db.getRepository(GroupMember).findOneBy({ groupId, userId, status: 'ACTIVE' });
    return { groupMember: !!row, facilitator: row?.role === 'FACILITATOR' };
  }

  /** The caller's facts for a group (listing and opening rounds). Students and other networks: NOT_FOUND. */
  async group(userId: string, groupId: string, action: CalibrationRoundAction): Promise<CalibrationGroupContext> {
    const group = await this.db.getRepository(Group).findOneBy({ id: groupId });
    const me = group && (await this.access.activeMembership(userId, group.networkId));
    if (!group || !me || me.role === 'STUDENT') throw notFound('group');
    const facts: CalibrationRoundFacts = {
      role: me.role,
      ...(await this.place(userId, groupId)),
      status: null,
      writersTeacher: false,
    };
    calibrationRoundPolicy.assert(facts, action);
    return { group, me, facts };
  }

  /** The caller's context when they may read the round, or null (hidden). */
  async find(userId: string, roundId: string): Promise<CalibrationRoundContext | null> {
    const round = await this.db.getRepository(CalibrationRound).findOneBy({ id: roundId });
    const me = round && (await this.access.activeMembership(userId, round.networkId));
    if (!round || !me) return null;
    const facts: CalibrationRoundFacts = {
      role: me.role,
      ...(await this.place(userId, round.groupId)),
      status: round.status,
      writersTeacher: false,
    };
    return calibrationRoundPolicy.allows(facts, 'read') ? { round, me, facts } : null;
  }

  /** Hidden → NOT_FOUND; visible but not allowed → FORBIDDEN with the policy's sentence. */
  async require(userId: string, roundId: string, action: CalibrationRoundAction): Promise<CalibrationRoundContext> {
    const ctx = await this.find(userId, roundId);
    if (!ctx) throw notFound(ROUND);
    calibrationRoundPolicy.assert(ctx.facts, action);
    return ctx;
  }

  /** An essay of a round the caller may act on, with the round's context. */
  async essay(
    userId: string,
    essayId: string,
    action: CalibrationRoundAction,
  ): Promise<CalibrationRoundContext & { essay: CalibrationEssay }> {
    const essay = await this.db.getRepository(CalibrationEssay).findOneBy({ id: essayId });
    const ctx = essay && (await this.find(userId, essay.roundId));
    if (!essay || !ctx) throw notFound('calibration essay');
    calibrationRoundPolicy.assert(ctx.facts, action);
    return { ...ctx, essay };
  }

  /** A submitted essay its writer's own teacher may offer for calibration; NOT_FOUND for students and outsiders. */
  async offerable(userId: string, submissionId: string): Promise<{ sub: Submission; exchange: Exchange }> {
    const sub = await this.db.getRepository(Submission).findOneBy({ id: submissionId });
    const exchange = sub && (await this.db.getRepository(Exchange).findOneBy({ id: sub.exchangeId }));
    const me = exchange && (await this.access.activeMembership(userId, exchange.networkId));
    if (!sub || !exchange || !me || me.role === 'STUDENT') throw notFound('essay');
    const cls = await this.db.getRepository(SchoolClass).findOneBy({ id: sub.classId });
    calibrationRoundPolicy.assert(
      {
        role: me.role,
        groupMember: false,
        facilitator: false,
        status: null,
        writersTeacher: cls?.teacherId === userId,
      },
      'offer',
    );
    return { sub, exchange };
  }

  allows(facts: CalibrationRoundFacts, action: CalibrationRoundAction): boolean {
    return calibrationRoundPolicy.allows(facts, action);
  }

  /** Whether the person may read the rubric (its author, or an active member of the group it is shared with). */
  async readsRubric(userId: string, me: Membership, rubric: Rubric): Promise<boolean> {
    const author = rubric.ownerId === userId;
    const sharedWithMe =
      !author &&
      !!rubric.sharedWithGroupId &&
      (await this.db
        .getRepository(GroupMember)
        .existsBy({ groupId: rubric.sharedWithGroupId, userId, status: 'ACTIVE' }));
    return rubricPolicy.allows({ role: me.role, author, sharedWithMe }, 'read');
  }

  /** The rubric when the caller may read it (anchor papers): NOT_FOUND otherwise, FORBIDDEN for students. */
  async rubric(userId: string, rubricId: string): Promise<Rubric> {
    const rubric = await this.db.getRepository(Rubric).findOneBy({ id: rubricId });
    const me = rubric && (await this.access.activeMembership(userId, rubric.networkId));
    if (!rubric || !me) throw notFound('rubric');
    if (me.role === 'STUDENT') rubricPolicy.assert({ role: me.role, author: false, sharedWithMe: false }, 'read');
    if (!(await this.readsRubric(userId, me, rubric))) throw notFound('rubric');
    return rubric;
  }
}
