import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GqlContext } from '../../common/auth-context.js';
import { CurrentUser } from '../../common/current-user.decorator.js';
import { IdArg } from '../../common/id-arg.js';
import { loaderFor, manyEach, oneEach } from '../../common/loaders.js';
import type { User } from '../../auth/user.entity.js';
import { usersByIds } from '../../auth/users-by-ids.js';
import { Unit } from '../../units/unit.entity.js';
import { DebriefEntry } from './debrief-entry.entity.js';
import { DebriefService } from './debrief.service.js';
import { AddDebriefEntryInput, ProposeRevisionInput, ShareLessonStudyInput } from './dto/debrief.input.js';
import { Debrief, PlanComparison } from './dto/debrief.types.js';
import { LessonStudyRecord } from './lesson-study-record.entity.js';
import { PlanRevision } from './plan-revision.entity.js';
import { PlanRevisionsService } from './plan-revisions.service.js';
import { ShareService } from './share.service.js';

/** Display names of people, batched per request (authors of entries and revisions). */
function nameOf(ctx: GqlContext, db: DataSource, userId: string): Promise<string> {
  return loaderFor<string, User | null>(ctx, 'debriefPeople', async (ids) =>
    oneEach(ids, await usersByIds(db, ids), (u) => u.id),
  )
    .load(userId)
    .then((u) => u?.displayName ?? 'Someone');
}

@Resolver(() => Debrief)
export class DebriefResolver {
  constructor(
    private readonly protocol: DebriefService,
    private readonly revisions: PlanRevisionsService,
    private readonly sharing: ShareService,
  ) {}

  @Query(() => Debrief, { description: "A lesson study's debrief in its current round (its participants only)." })
  debrief(@CurrentUser() user: User, @IdArg('lessonStudyId', 'lesson study') id: string): Promise<Debrief> {
    return this.protocol.view(user.id, id);
  }

  @Mutation(() => DebriefEntry, { description: "Writes in the debrief's current step, as the role whose step it is." })
  addDebriefEntry(@CurrentUser() user: User, @Args('input') input: AddDebriefEntryInput): Promise<DebriefEntry> {
    return this.protocol.addEntry(user.id, input);
  }

  @Mutation(() => Debrief, { description: 'The facilitator moves the debrief to its next step.' })
  advanceDebrief(@CurrentUser() user: User, @IdArg('lessonStudyId', 'lesson study') id: string): Promise<Debrief> {
    return this.protocol.advance(user.id, id);
  }

  @Mutation(() => PlanRevision, { description: "Proposes a revision of a plan section, in the debrief's last step." })
  proposePlanRevision(@CurrentUser() user: User, @Args('input') input: ProposeRevisionInput): Promise<PlanRevision> {
    return this.revisions.propose(user.id, input);
  }

  @Mutation(() => PlanRevision, {
    description: 'The facilitator agrees a proposed revision (a suggestion on the plan) or declines it.',
  })
  decidePlanRevision(
    @CurrentUser() user: User,
    @IdArg('revisionId', 'revision') id: string,
    @Args('agree', { type: () => Boolean }) agree: boolean,
  ): Promise<PlanRevision> {
    return this.revisions.decide(user.id, id, agree);
  }

  @Mutation(() => Int, {
    description: "In Revise: applies the round's agreed revisions to the plan and saves its next version (returned).",
  })
  acceptPlanRevisions(@CurrentUser() user: User, @IdArg('lessonStudyId', 'lesson study') id: string): Promise<number> {
    return this.revisions.accept(user.id, id);
  }

  @Mutation(() => LessonStudyRecord, {
    description: "In Share: publishes the cycle's record to the network library and closes the cycle.",
  })
  shareLessonStudy(@CurrentUser() user: User, @Args('input') input: ShareLessonStudyInput): Promise<LessonStudyRecord> {
    return this.sharing.share(user.id, input);
  }

  @Query(() => LessonStudyRecord, { description: "A shared lesson study's record (the network's adults)." })
  lessonStudyRecord(
    @CurrentUser() user: User,
    @IdArg('lessonStudyId', 'lesson study') id: string,
  ): Promise<LessonStudyRecord> {
    return this.sharing.record(user.id, id);
  }

  @Query(() => [LessonStudyRecord], { description: "The network's shared lesson studies, newest first." })
  lessonStudyRecords(
    @CurrentUser() user: User,
    @IdArg('networkId') networkId: string,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string | null,
  ): Promise<LessonStudyRecord[]> {
    return this.sharing.list(user.id, networkId, unitId);
  }
}

@Resolver(() => DebriefEntry)
export class DebriefEntryResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => String)
  authorName(@Parent() e: DebriefEntry, @Context() ctx: GqlContext): Promise<string> {
    return nameOf(ctx, this.db, e.authorId);
  }
}

@Resolver(() => PlanRevision)
export class PlanRevisionResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => String)
  proposedByName(@Parent() r: PlanRevision, @Context() ctx: GqlContext): Promise<string> {
    return nameOf(ctx, this.db, r.proposedById);
  }
}

@Resolver(() => LessonStudyRecord)
export class LessonStudyRecordResolver {
  constructor(private readonly sharing: ShareService) {}

  @ResolveField(() => PlanComparison, { description: "The plan's first version compared with its latest." })
  changes(@Parent() record: LessonStudyRecord): Promise<PlanComparison> {
    return this.sharing.changes(record);
  }

  @ResolveField(() => Boolean, {
    description: 'You took part in this lesson study: you may present its record in the showcase.',
  })
  canPresent(@CurrentUser() user: User, @Parent() record: LessonStudyRecord, @Context() ctx: GqlContext) {
    return loaderFor<LessonStudyRecord, boolean>(ctx, 'recordPresentable', (records) =>
      this.sharing.presentable(user.id, records),
    ).load(record);
  }
}

/** Units' library cards show the lesson studies shared beside them. */
@Resolver(() => Unit)
export class UnitLessonStudiesResolver {
  constructor(private readonly sharing: ShareService) {}

  @ResolveField(() => [LessonStudyRecord], { description: 'Lesson studies shared beside this unit.' })
  lessonStudyRecords(@Parent() unit: Unit, @Context() ctx: GqlContext): Promise<LessonStudyRecord[]> {
    return loaderFor<string, LessonStudyRecord[]>(ctx, 'unitLessonStudyRecords', async (ids) =>
      manyEach(ids, await this.sharing.byUnits(ids), (r) => r.unitId!),
    ).load(unit.id);
  }
}
