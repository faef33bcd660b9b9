import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { User } from '../auth/user.entity.js';
import type { GqlContext } from '../common/auth-context.js';
import { CurrentUser } from '../common/current-user.decorator.js';
import { IdArg } from '../common/id-arg.js';
import type { Connection } from '../common/pagination.js';
import { Group } from '../groups/group.entity.js';
import { CreateUnitInput, LibraryArgs, UnitsArgs, UpdateUnitInput } from './dto/unit.input.js';
import { UnitConnection, UnitContributor, UnitLineage } from './dto/unit.types.js';
import { LibraryService } from './library.service.js';
import { UnitAccessService } from './unit-access.service.js';
import { UnitViewService } from './unit-view.service.js';
import { Unit } from './unit.entity.js';
import { UnitsService } from './units.service.js';

@Resolver(() => Unit)
export class UnitsResolver {
  constructor(
    private readonly unitsService: UnitsService,
    private readonly libraryService: LibraryService,
    private readonly access: UnitAccessService,
    private readonly view: UnitViewService,
  ) {}

  @Query(() => Unit)
  async unit(@CurrentUser() _user: User, @IdArg('id', 'unit') id: string, @Context() ctx: GqlContext): Promise<Unit> {
    return (await this.access.contextFor(ctx, id)).unit;
  }

  @Query(() => [Unit], { description: "A group's units, most recently changed first." })
  units(@CurrentUser() user: User, @Args() args: UnitsArgs): Promise<Unit[]> {
    return this.unitsService.list(user.id, args);
  }

  @Query(() => UnitConnection, { description: "The network's published units, newest first." })
  library(@CurrentUser() user: User, @Args() args: LibraryArgs): Promise<Connection<Unit>> {
    return this.libraryService.page(user.id, args);
  }

  @Mutation(() => Unit)
  createUnit(@CurrentUser() user: User, @Args('input') input: CreateUnitInput): Promise<Unit> {
    return this.unitsService.create(user.id, input);
  }

  @Mutation(() => Unit)
  updateUnit(@CurrentUser() user: User, @Args('input') input: UpdateUnitInput): Promise<Unit> {
    return this.unitsService.update(user.id, input);
  }

  @Mutation(() => Unit, { description: 'Puts a draft in the network library.' })
  publishUnit(@CurrentUser() user: User, @IdArg('unitId', 'unit') unitId: string): Promise<Unit> {
    return this.unitsService.publish(user.id, unitId);
  }

  @Mutation(() => Unit)
  archiveUnit(@CurrentUser() user: User, @IdArg('unitId', 'unit') unitId: string): Promise<Unit> {
    return this.unitsService.archive(user.id, unitId);
  }

  @Mutation(() => Unit, { description: 'Adapts a published unit: a draft copy in one of your groups.' })
  forkUnit(
    @CurrentUser() user: User,
    @IdArg('unitId', 'unit') unitId: string,
    @IdArg('groupId', 'group') groupId: string,
    @Args('title', {
      type: () => String,
      nullable: true,
      description: 'The title of the copy; new in that group. Left out: the original title, or "<title> (adapted)".',
    })
    title?: string | null,
  ): Promise<Unit> {
    return this.unitsService.fork(user.id, unitId, groupId, title);
  }

  @ResolveField(() => Group)
  group(@Parent() unit: Unit, @Context() ctx: GqlContext): Promise<Group> {
    return this.view.group(ctx, unit);
  }

  @ResolveField(() => String, { description: "'EDIT' or 'VIEW': what you may do with the unit's document." })
  async viewerAccess(@Parent() unit: Unit, @Context() ctx: GqlContext): Promise<string> {
    return (await this.access.contextFor(ctx, unit.id)).access;
  }

  @ResolveField(() => Boolean, { description: 'Whether you may add comments now.' })
  async viewerCanComment(@Parent() unit: Unit, @Context() ctx: GqlContext): Promise<boolean> {
    return this.access.canComment(await this.access.contextFor(ctx, unit.id));
  }

  @ResolveField(() => [UnitContributor], { description: 'The creator first, then everyone who has written in it.' })
  contributors(@Parent() unit: Unit, @Context() ctx: GqlContext): Promise<UnitContributor[]> {
    return this.view.contributors(ctx, unit);
  }

  @ResolveField(() => UnitLineage, { nullable: true, description: 'The unit this one was adapted from.' })
  forkedFrom(@Parent() unit: Unit, @Context() ctx: GqlContext): Promise<UnitLineage | null> | null {
    return unit.forkedFromId ? this.view.forkedFrom(ctx, unit.forkedFromId) : null;
  }
}
