import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import { showcasePolicy, type ShowcaseAction, type ShowcaseFacts } from '../access/policies/showcase.policy.js';
import { forbidden, notFound } from '../common/errors.js';
import type { Membership } from '../networks/membership.entity.js';
import { ShowcaseItem } from './showcase-item.entity.js';

export interface ShowcaseContext {
  item: ShowcaseItem;
  /** The caller's active membership of the item's network. */
  me: Membership;
  facts: ShowcaseFacts;
}

const NETWORK_FACTS = { presenter: false, approver: false, published: false };

/**
 * Loads the facts the showcase policy decides on (`access/policies/showcase.policy.ts`). Whoever may
 * not see an item (students, other networks, and everyone but its presenter and approver while student
 * work waits for approval) gets "not found", as for an id nobody has.
 */
@Injectable()
export class ShowcaseAccessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /** The caller's membership when the policy allows a network-wide `action` (read, present); NOT_FOUND outside it. */
  async member(userId: string, networkId: string, action: 'read' | 'present'): Promise<Membership> {
    const me = await this.access.activeMembership(userId, networkId);
    if (!me) throw notFound('network');
    // Students do not see the network's showcase at all; they know their own network, so say why.
    if (!showcasePolicy.allows({ role: me.role, ...NETWORK_FACTS }, 'read'))
      throw forbidden("The showcase is for the network's teachers and coordinators.");
    showcasePolicy.assert({ role: me.role, ...NETWORK_FACTS }, action);
    return me;
  }

  async find(userId: string, itemId: string): Promise<ShowcaseContext | null> {
    if (!isUUID(itemId)) return null;
    const item = await this.db.getRepository(ShowcaseItem).findOneBy({ id: itemId });
    const me = item && (await this.access.activeMembership(userId, item.networkId));
    if (!item || !me) return null;
    const facts = this.facts(me, item, userId);
    return showcasePolicy.allows(facts, 'see') ? { item, me, facts } : null;
  }

  /** Hidden → NOT_FOUND; visible but not allowed → FORBIDDEN with the policy's sentence. */
  async require(userId: string, itemId: string, action: ShowcaseAction): Promise<ShowcaseContext> {
    const ctx = await this.find(userId, itemId);
    if (!ctx) throw notFound('showcase item');
    showcasePolicy.assert(ctx.facts, action);
    return ctx;
  }

  facts(me: Membership, item: ShowcaseItem, userId: string): ShowcaseFacts {
    return {
      role: me.role,
      presenter: item.presenterId === userId,
      approver: item.approverId === userId,
      published: item.status === 'PUBLISHED',
    };
  }

  /** What the caller may do with an item they see, decided once and kept on the item. */
  decide(me: Membership, item: ShowcaseItem, userId: string): ShowcaseItem {
    const facts = this.facts(me, item, userId);
    item.viewer = {
      mine: facts.presenter,
      respond: showcasePolicy.allows(facts, 'respond'),
      feature: showcasePolicy.allows(facts, 'feature'),
      approve: showcasePolicy.allows(facts, 'approve') && item.status === 'AWAITING_APPROVAL',
      remove: showcasePolicy.allows(facts, 'remove'),
    };
    return item;
  }
}
