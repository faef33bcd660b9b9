import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { GqlContext } from '../common/auth-context.js';
import { loaderFor, oneEach, rowsByIds } from '../common/loaders.js';
import { User } from '../auth/user.entity.js';
import { CollabDocumentsService } from '../collaboration/documents.service.js';
import { GroupAccessService } from '../groups/group-access.service.js';
import { Group } from '../groups/group.entity.js';
import { Membership } from '../networks/membership.entity.js';
import type { UnitContributor, UnitLineage, UserSummary } from './dto/unit.types.js';
import { adaptedFromLine, lineageByline } from './unit-lineage.js';
import { Unit } from './unit.entity.js';

/**
 * The parts of a unit its page shows, batched per request so a list of units costs the same number
 * of queries whatever its length. Callers have already been allowed to read the unit.
 */
@Injectable()
export class UnitViewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly groups: GroupAccessService,
    private readonly docs: CollabDocumentsService,
  ) {}

  async group(ctx: GqlContext, unit: Unit): Promise<Group> {
    return (await this.groups.contextFor(ctx, unit.groupId)).group;
  }

  /** People by id as units show them (name only). */
  user(ctx: GqlContext, userId: string): Promise<UserSummary | null> {
    return loaderFor<string, UserSummary | null>(ctx, 'unitUsers', async (ids) =>
      oneEach(
        ids,
        await this.db.getRepository(User).find({
          select: { id: true, displayName: true },
          where: { id: In([...new Set(ids)]) },
        }),
        (u) => u.id,
      ),
    ).load(userId);
  }

  /** The unit's creator and everyone who has written in it, with their schools; never a student. */
  contributors(ctx: GqlContext, unit: Unit): Promise<UnitContributor[]> {
    return loaderFor<Unit, UnitContributor[]>(ctx, 'unitContributors', (units) => this.contributorsOf(units)).load(
      unit,
    );
  }

  private async contributorsOf(units: readonly Unit[]): Promise<UnitContributor[][]> {
    const edits = await this.docs.contributors([...new Set(units.map((u) => u.documentId))]);
    const lists = units.map((u) => {
      const writers = edits.get(u.documentId) ?? [];
      const creator = writers.find((w) => w.userId === u.createdById) ?? {
        userId: u.createdById,
        edits: 0,
        lastEditedAt: null,
      };
      return [creator, ...writers.filter((w) => w.userId !== u.createdById)];
    });
    const userIds = [...new Set(lists.flat().map((c) => c.userId))];
    const networkIds = [...new Set(units.map((u) => u.networkId))];
    const [users, memberships] = userIds.length
      ? await Promise.all([
          this.db.getRepository(User).find({ select: { id: true, displayName: true }, where: { id: In(userIds) } }),
          this.db.getRepository(Membership).find({
            where: { userId: In(userIds), networkId: In(networkIds) },
            relations: { school: true },
          }),
        ])
      : [[], []];
    return units.map((u, i) =>
      lists[i].flatMap((c) => {
        const user = users.find((x) => x.id === c.userId);
        const member = memberships.find((m) => m.userId === c.userId && m.networkId === u.networkId);
        if (!user || member?.role === 'STUDENT') return [];
        return [
          {
            user: { id: user.id, displayName: user.displayName },
            school: member?.school ?? null,
            edits: c.edits,
            lastEditedAt: c.lastEditedAt,
          },
        ];
      }),
    );
  }

  /** The unit a fork was adapted from: its title, group and authors (credited by name), even once archived. */
  forkedFrom(ctx: GqlContext, unitId: string): Promise<UnitLineage | null> {
    return loaderFor<string, UnitLineage | null>(ctx, 'unitLineage', (ids) => this.lineages(ids, ctx)).load(unitId);
  }

  /**
   * The lineages of several units by their ids (null for an id that is gone). With the request's
   * context, the original and its group are the rows its access context reads (not read twice).
   */
  async lineages(ids: readonly string[], ctx?: GqlContext): Promise<(UnitLineage | null)[]> {
    const sources = await rowsByIds(this.db, Unit, ids, ctx);
    // The groups' names and the authors at once: neither needs the other.
    const [groups, authors] = await Promise.all([
      rowsByIds(
        this.db,
        Group,
        sources.map((u) => u.groupId),
        ctx,
      ),
      this.contributorsOf(sources),
    ]);
    const lineages = sources.map((u, i): UnitLineage => {
      const groupName = groups.find((g) => g.id === u.groupId)?.name ?? '';
      const credits = authors[i].map((a) => ({ name: a.user.displayName, school: a.school?.name ?? null }));
      const byline = lineageByline(credits, groupName);
      return {
        id: u.id,
        title: u.title,
        groupName,
        authors: authors[i],
        byline,
        credit: adaptedFromLine(u.title, byline),
      };
    });
    return oneEach(ids, lineages, (l) => l.id);
  }
}
