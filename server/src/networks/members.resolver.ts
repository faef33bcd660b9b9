import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '../common/id-arg.js';
import { CurrentUser } from '../common/current-user.decorator.js';
import { ConnectionType, type Connection } from '../common/pagination.js';
import type { User } from '../auth/user.entity.js';
import { ChangeMemberRoleInput, MembersArgs, UpdateMemberInput } from './dto/member.input.js';
import { Membership } from './membership.entity.js';
import { MembersService } from './members.service.js';

const MemberConnection = ConnectionType(Membership, 'MemberConnection');

@Resolver(() => Membership)
export class MembersResolver {
  constructor(private readonly service: MembersService) {}

  @Query(() => MemberConnection, { description: 'Members of a network, searchable, a page at a time.' })
  members(@CurrentUser() user: User, @Args() args: MembersArgs): Promise<Connection<Membership>> {
    return this.service.list(user.id, args);
  }

  @Mutation(() => Membership)
  changeMemberRole(@CurrentUser() user: User, @Args('input') input: ChangeMemberRoleInput): Promise<Membership> {
    return this.service.changeRole(user.id, input);
  }

  @Mutation(() => Membership)
  updateMember(@CurrentUser() user: User, @Args('input') input: UpdateMemberInput): Promise<Membership> {
    return this.service.update(user.id, input);
  }

  @Mutation(() => Membership, { description: 'A deactivated member cannot sign in to this network.' })
  deactivateMember(@CurrentUser() user: User, @IdArg('memberId') id: string): Promise<Membership> {
    return this.service.setActive(user.id, id, false);
  }

  @Mutation(() => Membership)
  reactivateMember(@CurrentUser() user: User, @IdArg('memberId') id: string): Promise<Membership> {
    return this.service.setActive(user.id, id, true);
  }
}
