import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../../access/access.service.js';
import {
  mentorshipPolicy,
  type MentorshipAction,
  type MentorshipFacts,
} from '../../access/policies/mentorship.policy.js';
import { notFound } from '../../common/errors.js';
import type { Membership } from '../../networks/membership.entity.js';
import { Mentorship, type MentorshipViewer } from './mentorship.entity.js';

export interface MentorshipContext {
  mentorship: Mentorship;
  /** The caller's active membership of the pair's network. */
  me: Membership;
  facts: MentorshipFacts;
}

export const isPairMember = (m: Pick<Mentorship, 'mentorId' | 'menteeId'>, userId: string) =>
  m.mentorId === userId || m.menteeId === userId;

/**
 * Loads the facts the mentorship policy decides on (`access/policies/mentorship.policy.ts`). Whoever
 * may not even see a pair (a student, another teacher, another network) gets "not found", as for an
 * id nobody has; a coordinator who asks for what the pair wrote gets "forbidden".
 */
@Injectable()
export class MentorshipAccessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /** The caller's context when they may `see` the pair, or null (hidden). */
  async find(userId: string, mentorshipId: string): Promise<MentorshipContext | null> {
    const mentorship = await this.db.getRepository(Mentorship).findOneBy({ id: mentorshipId });
    const me = mentorship && (await this.access.activeMembership(userId, mentorship.networkId));
    if (!mentorship || !me) return null;
    const facts = this.facts(me, mentorship, userId);
    return mentorshipPolicy.allows(facts, 'see') ? { mentorship, me, facts } : null;
  }

  /** Hidden → NOT_FOUND; visible but not allowed → FORBIDDEN with the policy's sentence. */
  async require(userId: string, mentorshipId: string, action: MentorshipAction): Promise<MentorshipContext> {
    const ctx = await this.find(userId, mentorshipId);
    if (!ctx) throw notFound('mentoring pair');
    mentorshipPolicy.assert(ctx.facts, action);
    return ctx;
  }

  facts(me: Membership, m: Mentorship, userId: string): MentorshipFacts {
    return { role: me.role, member: isPairMember(m, userId), active: m.status === 'ACTIVE' };
  }

  /** What the caller may do with a pair they see, from their facts, decided once and kept on the pair. */
  decide(me: Membership, m: Mentorship, userId: string): Mentorship {
    const facts = this.facts(me, m, userId);
    const viewer: MentorshipViewer = {
      readsPrivate: mentorshipPolicy.allows(facts, 'readPrivate'),
      writes: mentorshipPolicy.allows(facts, 'write'),
    };
    m.viewer = viewer;
    return m;
  }

  allows(ctx: MentorshipContext, action: MentorshipAction): boolean {
    return mentorshipPolicy.allows(ctx.facts, action);
  }

  /** The caller's membership when they may list pairs of the network (adults; NOT_FOUND outside it). */
  async lister(userId: string, networkId: string): Promise<Membership> {
    const me = await this.access.activeMembership(userId, networkId);
    if (!me || !mentorshipPolicy.allows({ role: me.role, member: false, active: false }, 'list'))
      throw notFound('network');
    return me;
  }

  /** The caller's membership when they may pair people in the network (coordinators). */
  async pairer(userId: string, networkId: string): Promise<Membership> {
    const me = await this.access.activeMembership(userId, networkId);
    if (!me) throw notFound('network');
    mentorshipPolicy.assert({ role: me.role, member: false, active: false }, 'pair');
    return me;
  }
}
