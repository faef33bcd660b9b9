import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { RUBRIC_LIMITS, validateRubricCriteria, type RubricCriterion } from '@switchback/shared';
import type { User } from '../auth/user.entity.js';
import { usersByIds } from '../auth/users-by-ids.js';
import { isUniqueViolation } from '../common/db-errors.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { GroupAccessService } from '../groups/group-access.service.js';
import { Group } from '../groups/group.entity.js';
import { AccessService } from '../access/access.service.js';
import type { CreateRubricInput, RubricCriterionInput, UpdateRubricInput } from './dto/rubric.input.js';
import { Rubric } from './rubric.entity.js';
import { rubricPolicy, type RubricFacts } from '../access/policies/rubric.policy.js';

/** Most rubrics a list shows (a teacher keeps a handful). */
const LIST_MAX = 500;

const STUDENTS_MESSAGE = 'Rubrics are for teachers: students see a rubric inside their exchanges.';

/**
 * Peer-feedback rubrics. Adults of a network write their own rubrics and see those shared with the
 * job-alike groups they are active members of; only the author edits or shares one; students never
 * see this list; other networks get "not found".
 */
@Injectable()
export class RubricsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly groups: GroupAccessService,
  ) {}

  /** The latest version of each rubric the caller wrote or that is shared with one of their groups. */
  async list(userId: string, networkId: string): Promise<Rubric[]> {
    await this.access.require(userId, networkId, 'browseAdults', STUDENTS_MESSAGE);
    return this.db
      .getRepository(Rubric)
      .createQueryBuilder('r')
      .where('r.network_id = :networkId', { networkId })
      .andWhere(
        `(r.owner_id = :me OR r.shared_with_group_id IN (
            SELECT gm.group_id FROM group_member gm WHERE gm.user_id = :me AND gm.status = 'ACTIVE'))`,
        { me: userId },
      )
      .andWhere('NOT EXISTS (SELECT 1 FROM rubric n WHERE n.root_id = r.root_id AND n.version > r.version)')
      .orderBy('r.updated_at', 'DESC')
      .addOrderBy('r.id', 'ASC')
      .limit(LIST_MAX)
      .getMany();
  }

  /** A rubric the caller may see: their own, or shared with a group they are an active member of. */
  async visible(userId: string, rubricId: string): Promise<Rubric> {
    return (await this.context(userId, rubricId)).rubric;
  }

  private async context(userId: string, rubricId: string): Promise<{ rubric: Rubric; facts: RubricFacts }> {
    const rubric = await this.db.getRepository(Rubric).findOneBy({ id: rubricId });
    if (!rubric) throw notFound('rubric');
    const me = await this.access.activeMembership(userId, rubric.networkId);
    if (!me) throw notFound('rubric');
    const author = rubric.ownerId === userId;
    const facts: RubricFacts = {
      role: me.role,
      author,
      sharedWithMe:
        !author && !!rubric.sharedWithGroupId && (await this.isActiveMember(userId, rubric.sharedWithGroupId)),
    };
    // Students learn only that rubrics are not for them; other adults that it does not exist.
    if (me.role === 'STUDENT') rubricPolicy.assert(facts, 'read');
    if (!rubricPolicy.allows(facts, 'read')) throw notFound('rubric');
    return { rubric, facts };
  }

  private async owned(userId: string, rubricId: string, action: string): Promise<Rubric> {
    const { rubric, facts } = await this.context(userId, rubricId);
    if (!rubricPolicy.allows(facts, 'edit')) {
      throw forbidden(`Only the rubric's author can ${action} it. Duplicate it to make your own copy.`);
    }
    return rubric;
  }

  async create(userId: string, input: CreateRubricInput): Promise<Rubric> {
    await this.access.require(userId, input.networkId, 'browseAdults', STUDENTS_MESSAGE);
    const criteria = this.checkCriteria(input.criteria);
    return this.insert(this.db.manager, {
      networkId: input.networkId,
      ownerId: userId,
      title: input.title,
      description: input.description ?? '',
      criteria,
      version: 1,
      rootId: null,
      sharedWithGroupId: null,
    });
  }

  /**
   * The author edits the latest version. A locked version (used by an exchange) stays as it is:
   * the edit becomes the next version, which is returned.
   */
  async update(userId: string, input: UpdateRubricInput): Promise<Rubric> {
    const rubric = await this.owned(userId, input.rubricId, 'edit');
    const latest = await this.latestVersion(rubric.rootId);
    if (latest > rubric.version) {
      throw conflict(`This is an old version of the rubric: edit the latest one (version ${latest}).`);
    }
    const changes = {
      title: input.title ?? rubric.title,
      description: input.description ?? rubric.description,
      criteria: input.criteria ? this.checkCriteria(input.criteria) : rubric.criteria,
    };
    if (!rubric.lockedAt) {
      const result = await this.db.getRepository(Rubric).update({ id: rubric.id, lockedAt: IsNull() }, changes);
      // Locked by an exchange since we read it: the edit becomes the next version instead.
      if (!result.affected) return this.update(userId, input);
      return this.db.getRepository(Rubric).findOneByOrFail({ id: rubric.id });
    }
    try {
      return await this.insert(this.db.manager, {
        ...changes,
        networkId: rubric.networkId,
        ownerId: rubric.ownerId,
        version: rubric.version + 1,
        rootId: rubric.rootId,
        sharedWithGroupId: rubric.sharedWithGroupId,
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('Someone just made a new version of this rubric: reload it first.');
      throw err;
    }
  }

  /** A copy owned by the caller (version 1 of a new rubric), private until they share it. */
  async duplicate(userId: string, rubricId: string): Promise<Rubric> {
    const source = await this.visible(userId, rubricId);
    const title = `Copy of ${source.title}`.slice(0, RUBRIC_LIMITS.titleMax);
    return this.insert(this.db.manager, {
      networkId: source.networkId,
      ownerId: userId,
      title,
      description: source.description,
      criteria: source.criteria,
      version: 1,
      rootId: null,
      sharedWithGroupId: null,
    });
  }

  /** Shares every version with one of the author's groups, or (null) stops sharing. */
  async share(userId: string, rubricId: string, groupId: string | null): Promise<Rubric> {
    const rubric = await this.owned(userId, rubricId, 'share');
    if (groupId) {
      const ctx = await this.groups.context(userId, groupId);
      if (ctx.group.networkId !== rubric.networkId) throw notFound('group');
      if (!this.groups.isActiveMember(ctx)) {
        throw forbidden('You can share a rubric only with a group you are a member of.');
      }
      if (ctx.group.archivedAt) throw forbidden('This group is archived: choose another group.');
    }
    await this.db.getRepository(Rubric).update({ rootId: rubric.rootId }, { sharedWithGroupId: groupId });
    return this.db.getRepository(Rubric).findOneByOrFail({ id: rubric.id });
  }

  async owners(ids: readonly string[]): Promise<(User | Error)[]> {
    const users = await usersByIds(this.db, ids);
    return ids.map((id) => users.find((u) => u.id === id) ?? notFound('person'));
  }

  async groupNames(ids: readonly string[]): Promise<(Group | null)[]> {
    const groups = await this.db.getRepository(Group).findBy({ id: In([...ids]) });
    return ids.map((id) => groups.find((g) => g.id === id) ?? null);
  }

  private async isActiveMember(userId: string, groupId: string): Promise<boolean> {
    const [ctx] = await this.groups.contexts(userId, [groupId]);
    return !(ctx instanceof Error) && this.groups.isActiveMember(ctx);
  }

  private async latestVersion(rootId: string): Promise<number> {
    const row = await this.db
      .getRepository(Rubric)
      .createQueryBuilder('r')
      .select('MAX(r.version)', 'max')
      .where('r.root_id = :rootId', { rootId })
      .getRawOne<{ max: number }>();
    return Number(row?.max ?? 1);
  }

  /** Validates criteria with the shared schema; a criterion without an id gets a new one. */
  private checkCriteria(input: readonly RubricCriterionInput[]): RubricCriterion[] {
    const withIds = input.map((c) => ({
      ...c,
      id: c.id || `c-${randomUUID().slice(0, 8)}`,
      description: c.description ?? '',
    }));
    const result = validateRubricCriteria(withIds);
    if (!result.ok) throw badInput(result.message, result.fieldErrors);
    return result.criteria;
  }

  private async insert(
    m: EntityManager,
    fields: Omit<Rubric, 'id' | 'rootId' | 'lockedAt' | 'createdAt' | 'updatedAt'> & { rootId: string | null },
  ): Promise<Rubric> {
    const id = randomUUID();
    await m.insert(Rubric, { ...fields, id, rootId: fields.rootId ?? id, lockedAt: null });
    return m.getRepository(Rubric).findOneByOrFail({ id });
  }
}
