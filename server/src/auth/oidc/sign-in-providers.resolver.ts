import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../access/public.decorator.js';
import { CurrentUser } from '../../common/current-user.decorator.js';
import { IdArg } from '../../common/id-arg.js';
import type { User } from '../user.entity.js';
import {
  ClassSignIn,
  MySchoolAccount,
  SetClassSignInProviderInput,
  SetSchoolEmailDomainsInput,
  SetSignInProviderInput,
  SignInProviderOption,
  SignInProviderSettings,
} from './dto/sign-in-providers.types.js';
import { OidcClientsService } from './oidc-clients.service.js';
import { SignInProvidersService } from './sign-in-providers.service.js';

@Resolver()
export class SignInProvidersResolver {
  constructor(
    private readonly providers: SignInProvidersService,
    private readonly clients: OidcClientsService,
  ) {}

  @Public()
  @Query(() => [SignInProviderOption], {
    description: 'The providers this server can sign people in with (for the sign-in and join pages).',
  })
  signInProviderOptions(): SignInProviderOption[] {
    return this.clients.configured();
  }

  @Query(() => SignInProviderSettings, { description: "The network's sign-in providers and school email domains." })
  signInProviders(@CurrentUser() user: User, @IdArg('networkId') networkId: string): Promise<SignInProviderSettings> {
    return this.providers.settings(user.id, networkId);
  }

  @Mutation(() => SignInProviderSettings)
  setSignInProvider(
    @CurrentUser() user: User,
    @Args('input') input: SetSignInProviderInput,
  ): Promise<SignInProviderSettings> {
    return this.providers.setProvider(user.id, input);
  }

  @Mutation(() => SignInProviderSettings, { description: "Replaces a school's email domains." })
  setSchoolEmailDomains(
    @CurrentUser() user: User,
    @Args('input') input: SetSchoolEmailDomainsInput,
  ): Promise<SignInProviderSettings> {
    return this.providers.setDomains(user.id, input);
  }

  @Query(() => ClassSignIn, { description: "How a class's students sign in (for its teacher)." })
  classSignInProvider(@CurrentUser() user: User, @IdArg('classId') classId: string): Promise<ClassSignIn> {
    return this.providers.classSetting(user.id, classId);
  }

  @Mutation(() => ClassSignIn)
  setClassSignInProvider(
    @CurrentUser() user: User,
    @Args('input') input: SetClassSignInProviderInput,
  ): Promise<ClassSignIn> {
    return this.providers.setClassSetting(user.id, input);
  }

  @Query(() => [MySchoolAccount], { description: 'The school accounts the caller can sign in with in this network.' })
  mySchoolAccounts(@CurrentUser() user: User, @IdArg('networkId') networkId: string): Promise<MySchoolAccount[]> {
    return this.providers.mine(user.id, networkId);
  }
}
