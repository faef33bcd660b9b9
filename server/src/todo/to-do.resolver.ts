import { Args, Query, Resolver } from '@nestjs/graphql';
import type { User } from '../auth/user.entity.js';
import { CurrentUser } from '../common/current-user.decorator.js';
import { IdArg } from '../common/id-arg.js';
import { MyToDo } from './dto/to-do.types.js';
import { ToDoService } from './to-do.service.js';

@Resolver(() => MyToDo)
export class ToDoResolver {
  constructor(private readonly toDo: ToDoService) {}

  @Query(() => MyToDo, {
    description:
      "What waits on the caller in this network (essays, reviews, flags, requests, sessions…), ordered by deadline on their school's clock.",
  })
  myToDo(
    @CurrentUser() user: User,
    @IdArg('networkId') networkId: string,
    @Args('timeZone', {
      type: () => String,
      nullable: true,
      description: "The browser's time zone, used only for people with no school (e.g. coordinators).",
    })
    timeZone?: string | null,
  ): Promise<MyToDo> {
    return this.toDo.mine(user.id, networkId, timeZone, undefined, user.locale);
  }
}
