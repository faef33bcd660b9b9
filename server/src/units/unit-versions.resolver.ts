import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { User } from '../auth/user.entity.js';
import type { GqlContext } from '../common/auth-context.js';
import { CurrentUser } from '../common/current-user.decorator.js';
import { IdArg } from '../common/id-arg.js';
import { UnitSectionContent, UnitSectionDiff, UserSummary } from './dto/unit.types.js';
import { UnitAccessService } from './unit-access.service.js';
import { sectionsOf } from './unit-content.js';
import type { SectionDiff } from './unit-diff.js';
import { UnitVersion } from './unit-version.entity.js';
import { UnitVersionsService } from './unit-versions.service.js';
import { UnitViewService } from './unit-view.service.js';
import { Unit } from './unit.entity.js';

/** A unit's text as the caller may read it, and its published versions. */
@Resolver(() => Unit)
export class UnitVersionsResolver {
  constructor(
    private readonly service: UnitVersionsService,
    private readonly access: UnitAccessService,
  ) {}

  @ResolveField(() => [UnitSectionContent], {
    description:
      'Every section of the template with its content: the working draft for authors and critical friends, the latest published version for other readers.',
  })
  async sections(@Parent() unit: Unit, @Context() ctx: GqlContext): Promise<UnitSectionContent[]> {
    return this.service.sections(ctx, await this.access.contextFor(ctx, unit.id));
  }

  @ResolveField(() => [UnitVersion], { description: 'Published versions, newest first.' })
  versions(@Parent() unit: Unit, @Context() ctx: GqlContext): Promise<UnitVersion[]> {
    return this.service.list(ctx, unit.id);
  }

  @ResolveField(() => UnitVersion, { nullable: true, description: 'The version readers see; none before publishing.' })
  latestVersion(@Parent() unit: Unit, @Context() ctx: GqlContext): Promise<UnitVersion | null> {
    return this.service.latest(ctx, unit.id);
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'For its editors: whether the draft differs from the latest published version (null for others).',
  })
  async draftChanged(@Parent() unit: Unit, @Context() ctx: GqlContext): Promise<boolean | null> {
    return this.service.draftChanged(ctx, await this.access.contextFor(ctx, unit.id));
  }

  @ResolveField(() => UnitVersion, { nullable: true, description: 'The version of the original this fork copied.' })
  forkedFromVersion(@Parent() unit: Unit, @Context() ctx: GqlContext): Promise<UnitVersion | null> {
    return this.service.copiedVersion(ctx, unit);
  }

  @ResolveField(() => [UnitVersion], {
    description: "On a fork: the original's versions published since the one it copied, newest first.",
  })
  upstreamVersions(@Parent() unit: Unit, @Context() ctx: GqlContext): Promise<UnitVersion[]> {
    return this.service.upstreamSince(ctx, unit);
  }

  @Query(() => UnitVersion, { description: 'A published version of a unit.' })
  unitVersion(@CurrentUser() user: User, @IdArg('id', 'version') id: string): Promise<UnitVersion> {
    return this.service.get(user.id, id);
  }

  @Query(() => [UnitSectionDiff], { description: 'What changed from one published version to another, by section.' })
  compareUnitVersions(
    @CurrentUser() user: User,
    @IdArg('fromVersionId', 'version') fromVersionId: string,
    @IdArg('toVersionId', 'version') toVersionId: string,
  ): Promise<SectionDiff[]> {
    return this.service.compare(user.id, fromVersionId, toVersionId);
  }

  @Mutation(() => UnitVersion, {
    description: "Publishes the draft's changes as a new version, with a short note of what changed.",
  })
  publishUnitChanges(
    @CurrentUser() user: User,
    @IdArg('unitId', 'unit') unitId: string,
    @Args('note', { type: () => String }) note: string,
  ): Promise<UnitVersion> {
    return this.service.publishChanges(user.id, unitId, note);
  }
}

@Resolver(() => UnitVersion)
export class UnitVersionResolver {
  constructor(
    private readonly versions: UnitVersionsService,
    private readonly view: UnitViewService,
  ) {}

  @ResolveField(() => UserSummary, { nullable: true, description: 'Who published it.' })
  createdBy(@Parent() version: UnitVersion, @Context() ctx: GqlContext): Promise<UserSummary | null> {
    return this.view.user(ctx, version.createdById);
  }

  @ResolveField(() => [UnitSectionContent], { description: 'Every section as it was published in this version.' })
  async sections(@Parent() version: UnitVersion, @Context() ctx: GqlContext): Promise<UnitSectionContent[]> {
    return sectionsOf(await this.versions.state(ctx, version));
  }
}
