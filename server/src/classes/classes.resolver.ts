import { Args, Context, Mutation, ObjectType, Field, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../common/auth-context.js';
import { CurrentUser, OptionalUser } from '../common/current-user.decorator.js';
import { IdArg } from '../common/id-arg.js';
import { requestIp } from '../common/request-ip.js';
import { SessionCookieService } from '../auth/session-cookie.service.js';
import { User } from '../auth/user.entity.js';
import { ClassesService } from './classes.service.js';
import {
  CreateClassInput,
  JoinClassInput,
  RemoveStudentInput,
  RemoveStudentResult,
  ResetStudentPasswordInput,
  RosterEntry,
} from './dto/class.input.js';
import { SchoolClass } from './school-class.entity.js';
import { Public } from '../access/public.decorator.js';

@ObjectType()
class JoinClassPayload {
  @Field(() => User)
  user: User;

  @Field(() => String, { nullable: true, description: 'Session token when a new account was created.' })
  token: string | null;

  @Field(() => SchoolClass)
  class: SchoolClass;
}

@Resolver(() => SchoolClass)
export class ClassesResolver {
  constructor(
    private readonly classes: ClassesService,
    private readonly cookie: SessionCookieService,
  ) {}

  @Mutation(() => SchoolClass, { description: 'A teacher creates a class and gets its join code.' })
  createClass(@CurrentUser() user: User, @Args('input') input: CreateClassInput): Promise<SchoolClass> {
    return this.classes.create(user.id, input);
  }

  @Query(() => [SchoolClass], { description: 'Classes you teach or are enrolled in.' })
  myClasses(@CurrentUser() user: User, @IdArg('networkId') networkId: string): Promise<SchoolClass[]> {
    return this.classes.mine(user.id, networkId);
  }

  @ResolveField(() => String, { description: "Only for the class's teacher and the school's administrators." })
  joinCode(@CurrentUser() user: User, @Parent() cls: SchoolClass): Promise<string> {
    return this.classes.joinCode(user.id, cls);
  }

  @Query(() => [RosterEntry], { description: "A class's students, for its teacher and the school's administrators." })
  classRoster(@CurrentUser() user: User, @IdArg('classId') classId: string): Promise<RosterEntry[]> {
    return this.classes.roster(user.id, classId);
  }

  @Public()
  @Mutation(() => JoinClassPayload, {
    description: 'A student joins a class with its code (creating an account if needed).',
  })
  async joinClass(
    @OptionalUser() current: User | null,
    @Args('input') input: JoinClassInput,
    @Context() ctx: GqlContext,
  ): Promise<JoinClassPayload> {
    const result = await this.classes.join(current, input, requestIp(ctx.req));
    if (result.token) this.cookie.signedIn(ctx, { user: result.user, token: result.token });
    return result;
  }

  @Mutation(() => Boolean)
  resetStudentPassword(@CurrentUser() user: User, @Args('input') input: ResetStudentPasswordInput): Promise<boolean> {
    return this.classes.resetStudentPassword(user.id, input);
  }

  @Mutation(() => RemoveStudentResult, {
    description:
      'Removes a student from the class. Out of their last class of the network, they lose access to it (signed out, sign-in refused).',
  })
  removeStudent(@CurrentUser() user: User, @Args('input') input: RemoveStudentInput): Promise<RemoveStudentResult> {
    return this.classes.removeStudent(user.id, input);
  }
}
