import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LESSON_STUDY_PHASES, nextLessonStudyPhases, type LessonStudyPhase } from '@switchback/shared';
import { User } from '../../auth/user.entity.js';
import type { GqlContext } from '../../common/auth-context.js';
import { CurrentUser } from '../../common/current-user.decorator.js';
import { IdArg } from '../../common/id-arg.js';
import { NamedRef } from '../../convenings/dto/convening.types.js';
import { UnitSectionDiff } from '../../units/dto/unit.types.js';
import {
  CreateLessonStudyInput,
  InviteKnowledgeableOtherInput,
  NameLessonStudyRoleInput,
  SetLookForsInput,
  SetPhaseDatesInput,
} from './dto/lesson-study.input.js';
import {
  LessonPlanSectionText,
  LessonStudyAbilities,
  LessonStudyPerson,
  LessonStudyRoleEnum,
  LookForPoint,
  PhaseDatesView,
} from './dto/lesson-study.types.js';
import { SetObservationInput } from './dto/open-class.input.js';
import { OpenClassView } from './dto/open-class.types.js';
import { LessonPlanVersion } from './lesson-plan-version.entity.js';
import { LessonStudyOpenClassService } from './lesson-study-open-class.service.js';
import { LessonPlanVersionsService } from './lesson-plan-versions.service.js';
import { LessonStudiesService } from './lesson-studies.service.js';
import { LessonStudyAccessService } from './lesson-study-access.service.js';
import { LessonStudyPeopleService } from './lesson-study-people.service.js';
import { LessonStudy, LessonStudyPhaseEnum } from './lesson-study.entity.js';

/** Thin: every rule is in the services and the lesson-study policy. */
@Resolver(() => LessonStudy)
export class LessonStudiesResolver {
  constructor(
    private readonly service: LessonStudiesService,
    private readonly people: LessonStudyPeopleService,
    private readonly versions: LessonPlanVersionsService,
    private readonly access: LessonStudyAccessService,
    private readonly openClassService: LessonStudyOpenClassService,
  ) {}

  @Query(() => [LessonStudy], { description: "A group's lesson-study cycles you may see, newest first." })
  lessonStudies(@CurrentUser() user: User, @IdArg('groupId') groupId: string): Promise<LessonStudy[]> {
    return this.service.list(user.id, groupId);
  }

  @Query(() => LessonStudy)
  lessonStudy(@CurrentUser() user: User, @IdArg('id', 'lesson study') id: string): Promise<LessonStudy> {
    return this.service.get(user.id, id);
  }

  @Query(() => [LessonPlanSectionText], { description: "One plan version's sections, as HTML and plain text." })
  lessonPlanVersion(
    @CurrentUser() user: User,
    @IdArg('lessonStudyId', 'lesson study') lessonStudyId: string,
    @Args('number', { type: () => Int }) number: number,
  ): Promise<LessonPlanSectionText[]> {
    return this.versions.sections(user.id, lessonStudyId, number);
  }

  @Query(() => [UnitSectionDiff], {
    description: 'What changed between two plan versions (to the live plan without `to`).',
  })
  lessonPlanComparison(
    @CurrentUser() user: User,
    @IdArg('lessonStudyId', 'lesson study') lessonStudyId: string,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int, nullable: true }) to: number | null,
  ): Promise<UnitSectionDiff[]> {
    return this.versions.compare(user.id, lessonStudyId, from, to ?? null);
  }

  @Mutation(() => LessonStudy, { description: 'Starts a lesson study in a group you belong to; you facilitate it.' })
  createLessonStudy(@CurrentUser() user: User, @Args('input') input: CreateLessonStudyInput): Promise<LessonStudy> {
    return this.service.create(user.id, input);
  }

  @Mutation(() => LessonStudy, { description: 'The facilitator moves the cycle to its next phase (or to `to`).' })
  advanceLessonStudy(
    @CurrentUser() user: User,
    @IdArg('id', 'lesson study') id: string,
    @Args('to', { type: () => LessonStudyPhaseEnum, nullable: true }) to: LessonStudyPhase | null,
  ): Promise<LessonStudy> {
    return this.service.advance(user.id, id, to);
  }

  @Mutation(() => LessonStudy)
  setLessonStudyLookFors(@CurrentUser() user: User, @Args('input') input: SetLookForsInput): Promise<LessonStudy> {
    return this.service.setLookFors(user.id, input);
  }

  @Mutation(() => LessonStudy)
  setLessonStudyPhaseDates(@CurrentUser() user: User, @Args('input') input: SetPhaseDatesInput): Promise<LessonStudy> {
    return this.service.setPhaseDates(user.id, input);
  }

  @Mutation(() => LessonStudy, { description: 'The facilitator gives someone of the network a role in the cycle.' })
  nameLessonStudyRole(@CurrentUser() user: User, @Args('input') input: NameLessonStudyRoleInput): Promise<LessonStudy> {
    return this.people.name(user.id, input);
  }

  @Mutation(() => LessonStudy)
  removeLessonStudyRole(
    @CurrentUser() user: User,
    @Args('input') input: NameLessonStudyRoleInput,
  ): Promise<LessonStudy> {
    return this.people.remove(user.id, input);
  }

  @Mutation(() => LessonStudy, {
    description: 'A coordinator invites a knowledgeable other (usually from another network) to this cycle only.',
  })
  inviteKnowledgeableOther(
    @CurrentUser() user: User,
    @Args('input') input: InviteKnowledgeableOtherInput,
  ): Promise<LessonStudy> {
    return this.people.invite(user.id, input);
  }

  @Mutation(() => LessonStudy, {
    description: 'The facilitator chooses recorded or in-person observation and links the open-class session.',
  })
  setLessonStudyObservation(
    @CurrentUser() user: User,
    @Args('input') input: SetObservationInput,
  ): Promise<LessonStudy> {
    return this.openClassService.set(user.id, input);
  }

  @ResolveField(() => OpenClassView, {
    nullable: true,
    description: 'The in-person open class (for members of the network): its seats are observer registration.',
  })
  async openClass(@Context() ctx: GqlContext, @Parent() cycle: LessonStudy): Promise<OpenClassView | null> {
    const viewer = await this.access.viewerFor(ctx, cycle.id);
    return viewer.me ? this.openClassService.view(cycle) : null;
  }

  @ResolveField(() => [NamedRef], { description: 'Open-class sessions the facilitator may link (empty for others).' })
  async openClassChoices(@Context() ctx: GqlContext, @Parent() cycle: LessonStudy): Promise<NamedRef[]> {
    const viewer = await this.access.viewerFor(ctx, cycle.id);
    return this.access.can(viewer, 'advance') ? this.openClassService.choices(cycle) : [];
  }

  @ResolveField(() => [LookForPoint])
  lookForPoints(@Parent() cycle: LessonStudy): LookForPoint[] {
    return cycle.lookFors;
  }

  @ResolveField(() => [PhaseDatesView], { description: 'Every phase but CLOSED, in order, with its planned days.' })
  phaseDates(@Parent() cycle: LessonStudy): PhaseDatesView[] {
    return LESSON_STUDY_PHASES.filter((p) => p !== 'CLOSED').map((phase) => ({
      phase,
      startsOn: cycle.phaseDates[phase]?.startsOn ?? null,
      endsOn: cycle.phaseDates[phase]?.endsOn ?? null,
    }));
  }

  @ResolveField(() => [LessonStudyPhaseEnum], { description: 'The phases the facilitator may move it to now.' })
  nextPhases(@Parent() cycle: LessonStudy): LessonStudyPhase[] {
    return nextLessonStudyPhases(cycle.phase, cycle.round);
  }

  @ResolveField(() => NamedRef)
  async group(@Parent() cycle: LessonStudy): Promise<NamedRef> {
    return this.service.groupRef(cycle);
  }

  @ResolveField(() => NamedRef, {
    nullable: true,
    description: 'The linked unit (its title for members of the network).',
  })
  async unit(@Context() ctx: GqlContext, @Parent() cycle: LessonStudy): Promise<NamedRef | null> {
    const viewer = await this.access.viewerFor(ctx, cycle.id);
    return viewer.me ? this.service.unitRef(cycle) : null;
  }

  @ResolveField(() => [LessonStudyPerson], {
    name: 'people',
    description: 'Everyone taking part, facilitator and teacher first.',
  })
  participants(@Parent() cycle: LessonStudy): Promise<LessonStudyPerson[]> {
    return this.people.people(cycle);
  }

  @ResolveField(() => [LessonStudyRoleEnum], { description: 'Your roles in the cycle.' })
  async myRoles(@Context() ctx: GqlContext, @Parent() cycle: LessonStudy): Promise<string[]> {
    return [...(await this.access.viewerFor(ctx, cycle.id)).facts.roles];
  }

  @ResolveField(() => LessonStudyAbilities, { description: 'What you may do with the cycle now.' })
  async can(@Context() ctx: GqlContext, @Parent() cycle: LessonStudy): Promise<LessonStudyAbilities> {
    return this.access.abilities(await this.access.viewerFor(ctx, cycle.id));
  }

  @ResolveField(() => [LessonPlanVersion], { description: 'The frozen versions of the plan, oldest first.' })
  planVersions(@Parent() cycle: LessonStudy): Promise<LessonPlanVersion[]> {
    return this.versions.list(cycle.id);
  }
}
