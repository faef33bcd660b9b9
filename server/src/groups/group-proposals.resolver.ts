import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/current-user.decorator.js';
import { IdArg } from '../common/id-arg.js';
import type { User } from '../auth/user.entity.js';
import { Membership } from '../networks/membership.entity.js';
import { Network } from '../networks/network.entity.js';
import { GroupProposal } from './group-proposal.entity.js';
import { GroupProposalsService } from './group-proposals.service.js';
import { GroupSettingsService } from './group-settings.service.js';
import { DecideGroupProposalInput, ProposeGroupInput } from './dto/proposal.input.js';

@Resolver(() => GroupProposal)
export class GroupProposalsResolver {
  constructor(
    private readonly proposals: GroupProposalsService,
    private readonly settings: GroupSettingsService,
  ) {}

  @Query(() => [GroupProposal], {
    description: 'Coordinators: proposed groups waiting for a decision. Others: the groups they proposed.',
  })
  groupProposals(@CurrentUser() user: User, @IdArg('networkId') networkId: string): Promise<GroupProposal[]> {
    return this.proposals.list(user.id, networkId);
  }

  @Mutation(() => GroupProposal, {
    description: 'Propose a job-alike group; made at once when the network lets teachers start groups.',
  })
  proposeGroup(@CurrentUser() user: User, @Args('input') input: ProposeGroupInput): Promise<GroupProposal> {
    return this.proposals.propose(user.id, input);
  }

  @Mutation(() => GroupProposal, { description: 'Coordinators approve or decline (with a reason) a proposed group.' })
  decideGroupProposal(
    @CurrentUser() user: User,
    @Args('input') input: DecideGroupProposalInput,
  ): Promise<GroupProposal> {
    return this.proposals.decide(user.id, input);
  }

  @Mutation(() => Network, { description: 'Coordinators: whether teachers may start groups without approval.' })
  setTeachersMayStartGroups(
    @CurrentUser() user: User,
    @IdArg('networkId') networkId: string,
    @Args('allowed') allowed: boolean,
  ): Promise<Network> {
    return this.settings.setTeachersMayStartGroups(user.id, networkId, allowed);
  }

  @ResolveField(() => Membership, { nullable: true, description: 'Who proposed it.' })
  async proposer(@Parent() p: GroupProposal): Promise<Membership | null> {
    const [m] = await this.proposals.memberships(p, [p.proposerId]);
    return m ?? null;
  }

  @ResolveField(() => [Membership], { description: 'The job-alikes it invites.' })
  invitees(@Parent() p: GroupProposal): Promise<Membership[]> {
    return this.proposals.memberships(p, p.inviteeIds);
  }
}
