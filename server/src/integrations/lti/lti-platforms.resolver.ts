import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { User } from '../../auth/user.entity.js';
import { CurrentUser } from '../../common/current-user.decorator.js';
import { IdArg } from '../../common/id-arg.js';
import { RegisterLtiPlatformInput, UpdateLtiPlatformInput } from './dto/lti-platform.input.js';
import { LtiToolConfiguration } from './dto/lti-tool-configuration.type.js';
import { LtiPlatform } from './lti-platform.entity.js';
import { LtiPlatformsService } from './lti-platforms.service.js';

@Resolver(() => LtiPlatform)
export class LtiPlatformsResolver {
  constructor(private readonly platforms: LtiPlatformsService) {}

  @Query(() => [LtiPlatform], { description: "The network's LMS platforms (LTI 1.3), for its adults." })
  ltiPlatforms(@CurrentUser() user: User, @IdArg('networkId') networkId: string) {
    return this.platforms.list(user.id, networkId);
  }

  @Query(() => LtiToolConfiguration, { description: "Switchback's values to paste into an LMS." })
  ltiToolConfiguration(@CurrentUser() user: User, @IdArg('networkId') networkId: string) {
    return this.platforms.toolConfiguration(user.id, networkId);
  }

  @Mutation(() => LtiPlatform, { description: 'Coordinators connect an LMS to their network.' })
  registerLtiPlatform(@CurrentUser() user: User, @Args('input') input: RegisterLtiPlatformInput) {
    return this.platforms.register(user.id, input);
  }

  @Mutation(() => LtiPlatform)
  updateLtiPlatform(@CurrentUser() user: User, @Args('input') input: UpdateLtiPlatformInput) {
    return this.platforms.update(user.id, input);
  }

  @Mutation(() => Boolean)
  removeLtiPlatform(@CurrentUser() user: User, @IdArg('id', 'LMS platform') id: string) {
    return this.platforms.remove(user.id, id);
  }

  @ResolveField(() => [String], { description: 'The deployment ids launches may come from.' })
  deploymentIds(@Parent() platform: LtiPlatform): string[] {
    return (platform.deployments ?? []).map((d) => d.deploymentId);
  }
}
