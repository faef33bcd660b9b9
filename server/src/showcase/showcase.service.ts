import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { SHOWCASE_LIMITS, SHOWCASE_RESPONSE_PROMPTS, shortLinkPath } from '@switchback/shared';
import { AuditService } from '../audit/audit.service.js';
import { isUniqueViolation } from '../common/db-errors.js';
import { badInput, conflict } from '../common/errors.js';
import { decodeCursor, pageSize, toConnection, type Connection } from '../common/pagination.js';
import type { Membership } from '../networks/membership.entity.js';
import { membershipsByKeys } from '../networks/memberships-by-keys.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { AddToShowcaseInput, RespondToShowcaseInput } from './dto/showcase.input.js';
import type { ShowcasePerson, ShowcaseTarget } from './dto/showcase.types.js';
import { ShowcaseAccessService } from './showcase-access.service.js';
import { ShowcaseItem } from './showcase-item.entity.js';
import { ShowcaseResponse } from './showcase-response.entity.js';
import { ShowcaseTargetsService } from './showcase-targets.service.js';

const BAD_CURSOR = 'That page link is not valid any more. Start again from the first page.';
const ALREADY = 'This is already in the showcase.';

/** The sort key of the showcase: featured first (newest featured first), then the newest. */
const sortAt = (i: ShowcaseItem) => (i.featuredAt ?? i.createdAt).toISOString();

/**
 * The network's showcase (author's chair): teachers present their own work, colleagues respond
 * with warm feedback only, coordinators feature items, and a student's essay goes up only
 * pseudonymously and with the writer's own teacher's approval (showcase.policy.ts, docs/showcase.md).
 */
@Injectable()
export class ShowcaseService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ShowcaseAccessService,
    private readonly targets: ShowcaseTargetsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  /** Items on the showcase, and the caller's own awaiting approval (as presenter or approver). */
  async page(userId: string, networkId: string, first?: number | null, after?: string | null) {
    const me = await this.access.member(userId, networkId, 'read');
    const take = pageSize(first, SHOWCASE_LIMITS.pageSize);
    const qb = this.db
      .getRepository(ShowcaseItem)
      .createQueryBuilder('i')
      .where('i.network_id = :networkId', { networkId })
      .andWhere(`(i.status = 'PUBLISHED' OR i.presenter_id = :userId OR i.approver_id = :userId)`, { userId });
    const totalCount = await qb.clone().getCount();
    const featured = `(i.featured_at IS NOT NULL)::int`;
    const at = `date_trunc('milliseconds', coalesce(i.featured_at, i.created_at))`;
    const cursor = decodeCursor(after, 3);
    if (cursor) {
      const [f, t, id] = cursor;
      if ((f !== 0 && f !== 1) || typeof t !== 'string' || Number.isNaN(Date.parse(t)) || typeof id !== 'string')
        throw badInput(BAD_CURSOR, { after: 'Not a valid cursor.' });
      qb.andWhere(`(${featured}, ${at}, i.id::text) < (:f, :t, :id)`, { f, t, id });
    }
    const rows = await qb
      .orderBy(featured, 'DESC')
      .addOrderBy(at, 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(take + 1)
      .getMany();
    const page: Connection<ShowcaseItem> = toConnection(rows, take, totalCount, (i) => [
      i.featuredAt ? 1 : 0,
      sortAt(i),
      i.id,
    ]);
    page.nodes = page.nodes.map((i) => this.access.decide(me, i, userId));
    return page;
  }

  async add(userId: string, input: AddToShowcaseInput): Promise<ShowcaseItem> {
    const me = await this.access.member(userId, input.networkId, 'present');
    const fields = await this.targets.check(userId, input.networkId, input.kind, input.targetId);
    try {
      const { item, created } = await this.db.transaction(async (m) => {
        const item = await m.save(
          m.create(ShowcaseItem, {
            ...fields,
            networkId: input.networkId,
            kind: input.kind,
            title: input.title,
            body: input.body,
            presenterId: userId,
            approvedById: fields.status === 'PUBLISHED' && fields.approverId ? userId : null,
            approvedAt: fields.status === 'PUBLISHED' && fields.approverId ? new Date() : null,
          }),
        );
        await this.audit.record(m, {
          networkId: item.networkId,
          actorId: userId,
          action: 'showcase.add',
          targetType: 'showcaseItem',
          targetId: item.id,
          data: { kind: item.kind, targetId: item.targetId, status: item.status },
        });
        const created =
          item.status === 'AWAITING_APPROVAL' && item.approverId
            ? await this.notifications.create(m, {
                userIds: [item.approverId],
                networkId: item.networkId,
                kind: 'SHOWCASE',
                link: shortLinkPath('showcaseItem', item.id),
                text: `A colleague would like to present ${item.pseudonym ?? 'an essay'}'s essay, by one of your students, in the network showcase: it goes up only if you approve it.`,
              })
            : [];
        return { item, created };
      });
      await this.notifications.push(created);
      return this.access.decide(me, item, userId);
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict(ALREADY, { targetId: ALREADY });
      throw err;
    }
  }

  /** The writer's own teacher puts a student's essay on the showcase. */
  async approve(userId: string, itemId: string): Promise<ShowcaseItem> {
    const { item, me } = await this.access.require(userId, itemId, 'approve');
    if (item.status === 'PUBLISHED') return this.access.decide(me, item, userId);
    const created = await this.db.transaction(async (m) => {
      await m
        .getRepository(ShowcaseItem)
        .update(
          { id: item.id, status: 'AWAITING_APPROVAL' },
          { status: 'PUBLISHED', approvedById: userId, approvedAt: new Date() },
        );
      await this.audit.record(m, {
        networkId: item.networkId,
        actorId: userId,
        action: 'showcase.approve',
        targetType: 'showcaseItem',
        targetId: item.id,
        data: { kind: item.kind },
      });
      return this.notifications.create(m, {
        userIds: [item.presenterId],
        networkId: item.networkId,
        kind: 'SHOWCASE',
        link: shortLinkPath('showcaseItem', item.id),
        text: `“${item.title}” was approved by the student's teacher: it is on the showcase now.`,
      });
    });
    await this.notifications.push(created);
    return this.reload(me, item.id, userId);
  }

  /** Coordinators feature an item (featured items come first) or stop featuring it. */
  async feature(userId: string, itemId: string, featured: boolean): Promise<ShowcaseItem> {
    const { item, me } = await this.access.require(userId, itemId, 'feature');
    if (featured === !!item.featuredAt) return this.access.decide(me, item, userId);
    await this.db.transaction(async (m) => {
      await m
        .getRepository(ShowcaseItem)
        .update(
          { id: item.id },
          featured ? { featuredAt: new Date(), featuredById: userId } : { featuredAt: null, featuredById: null },
        );
      await this.audit.record(m, {
        networkId: item.networkId,
        actorId: userId,
        action: featured ? 'showcase.feature' : 'showcase.unfeature',
        targetType: 'showcaseItem',
        targetId: item.id,
        data: { title: item.title },
      });
    });
    return this.reload(me, item.id, userId);
  }

  /** The presenter or a coordinator takes an item off the showcase, with its responses. */
  async remove(userId: string, itemId: string): Promise<boolean> {
    const { item } = await this.access.require(userId, itemId, 'remove');
    await this.db.transaction(async (m) => {
      await m.getRepository(ShowcaseResponse).delete({ itemId: item.id });
      await m.getRepository(ShowcaseItem).delete({ id: item.id });
      await this.audit.record(m, {
        networkId: item.networkId,
        actorId: userId,
        action: 'showcase.remove',
        targetType: 'showcaseItem',
        targetId: item.id,
        data: { kind: item.kind, title: item.title, presenterId: item.presenterId },
      });
    });
    return true;
  }

  /** Warm feedback only: what worked, or what I will borrow; the presenter is told. */
  async respond(userId: string, input: RespondToShowcaseInput): Promise<ShowcaseResponse> {
    const { item } = await this.access.require(userId, input.itemId, 'respond');
    const { response, created } = await this.db.transaction(async (m) => {
      const response = await m.save(
        m.create(ShowcaseResponse, { itemId: item.id, authorId: userId, kind: input.kind, body: input.body }),
      );
      const created = await this.notifications.create(m, {
        userIds: [item.presenterId],
        networkId: item.networkId,
        kind: 'SHOWCASE',
        link: shortLinkPath('showcaseItem', item.id),
        text: `A colleague responded to “${item.title}” in the showcase: ${SHOWCASE_RESPONSE_PROMPTS[input.kind].toLowerCase()}.`,
      });
      return { response, created };
    });
    await this.notifications.push(created);
    return response;
  }

  private async reload(me: Membership, itemId: string, userId: string): Promise<ShowcaseItem> {
    const item = await this.db.getRepository(ShowcaseItem).findOneByOrFail({ id: itemId });
    return this.access.decide(me, item, userId);
  }

  // ---- for the resolver's fields (items returned above carry the caller's `viewer`, decided once) ----

  responsesOf(itemIds: readonly string[]): Promise<ShowcaseResponse[]> {
    return this.db
      .getRepository(ShowcaseResponse)
      .find({ where: { itemId: In([...itemIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Teachers by "networkId:userId", with their school (the resolver leaves it out on student work). */
  async people(keys: readonly string[]): Promise<(ShowcasePerson | null)[]> {
    const rows = await membershipsByKeys(this.db, keys);
    return keys.map((key) => {
      const m = rows.find((r) => `${r.networkId}:${r.userId}` === key);
      return m ? { id: m.userId, displayName: m.user.displayName, schoolName: m.school?.name ?? null } : null;
    });
  }

  /** Each item's presenter; on student work without their school (it would tell the student's). */
  async presenters(items: readonly ShowcaseItem[]): Promise<(ShowcasePerson | null)[]> {
    const people = await this.people(items.map((i) => `${i.networkId}:${i.presenterId}`));
    return people.map((p, i) => (p && items[i].kind === 'STUDENT_WORK' ? { ...p, schoolName: null } : p));
  }

  /** Response authors by "itemId:userId". */
  async authors(keys: readonly string[]): Promise<(ShowcasePerson | null)[]> {
    const itemIds = [...new Set(keys.map((k) => k.split(':')[0]))];
    const items = await this.db.getRepository(ShowcaseItem).findBy({ id: In(itemIds) });
    const networkOf = new Map(items.map((i) => [i.id, i.networkId]));
    return this.people(keys.map((k) => `${networkOf.get(k.split(':')[0]) ?? ''}:${k.split(':')[1]}`));
  }

  /** The target the caller may open: units and records are for every adult, results for the exchange's teachers. */
  async targetsFor(userId: string, items: readonly ShowcaseItem[]): Promise<(ShowcaseTarget | null)[]> {
    const exchanges = items.filter((i) => i.kind === 'EXCHANGE' && i.targetId).map((i) => i.targetId!);
    const open = await this.targets.openableExchanges(userId, exchanges);
    return items.map((i) => {
      if (!i.targetId || i.kind === 'STUDENT_WORK' || i.kind === 'REFLECTION') return null;
      if (i.kind === 'EXCHANGE' && !open.has(i.targetId)) return null;
      return { id: i.targetId, kind: i.kind };
    });
  }
}
