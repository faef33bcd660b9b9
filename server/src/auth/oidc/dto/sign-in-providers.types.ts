import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { SIGN_IN_PROVIDERS, type SignInProviderName } from '@switchback/shared';

export const SignInProvider = Object.fromEntries(SIGN_IN_PROVIDERS.map((p) => [p, p])) as {
  [K in SignInProviderName]: K;
};
registerEnumType(SignInProvider, { name: 'SignInProvider', description: 'Google or Microsoft (OpenID Connect).' });

@ObjectType({
  description: 'A provider this server can sign people in with (its client id and secret are configured).',
})
export class SignInProviderOption {
  @Field(() => SignInProvider)
  provider: SignInProviderName;

  @Field()
  label: string;
}

@ObjectType()
export class NetworkSignInProviderSetting {
  @Field(() => SignInProvider)
  provider: SignInProviderName;

  @Field()
  label: string;

  @Field({ description: 'Whether this server has the client id and secret (configuration, never shown).' })
  configured: boolean;

  @Field({ description: 'Whether the network lets its people sign in with it.' })
  enabled: boolean;

  @Field({ description: 'The redirect URI to register with the provider.' })
  redirectUri: string;

  @Field({ description: 'The environment variables this server needs for it, by name.' })
  envVariables: string;
}

@ObjectType()
export class SchoolEmailDomains {
  @Field(() => ID)
  schoolId: string;

  @Field()
  schoolName: string;

  @Field(() => [String])
  domains: string[];
}

@ObjectType()
export class SignInProviderSettings {
  @Field(() => ID)
  networkId: string;

  @Field(() => [NetworkSignInProviderSetting])
  providers: NetworkSignInProviderSetting[];

  @Field(() => [SchoolEmailDomains])
  schools: SchoolEmailDomains[];
}

@InputType()
export class SetSignInProviderInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a network.' })
  networkId: string;

  @Field(() => SignInProvider)
  @IsIn(SIGN_IN_PROVIDERS, { message: 'Choose Google or Microsoft.' })
  provider: SignInProviderName;

  @Field()
  @IsBoolean({ message: 'Choose on or off.' })
  enabled: boolean;
}

@InputType()
export class SetSchoolEmailDomainsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a network.' })
  networkId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a school.' })
  schoolId: string;

  @Field(() => [String], { description: 'The whole list (replaces the school’s domains); e.g. ["school.org"].' })
  @IsArray({ message: 'List the email domains.' })
  @ArrayMaxSize(10, { message: 'A school can have at most 10 email domains.' })
  @IsString({ each: true, message: 'Each email domain must be text.' })
  @MaxLength(253, { each: true, message: 'An email domain is at most 253 characters.' })
  domains: string[];
}

@ObjectType()
export class ClassSignIn {
  @Field(() => ID)
  classId: string;

  @Field(() => SignInProvider, { nullable: true, description: 'Null: students sign in with username and password.' })
  provider: SignInProviderName | null;

  @Field({ description: 'Whether the network has the provider enabled (students can use it).' })
  available: boolean;
}

@InputType()
export class SetClassSignInProviderInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a class.' })
  classId: string;

  @Field(() => SignInProvider, { nullable: true, description: 'Null: back to username and password.' })
  @IsOptional()
  @IsIn(SIGN_IN_PROVIDERS, { message: 'Choose Google or Microsoft.' })
  provider?: SignInProviderName | null;
}

@ObjectType({ description: "A school account the caller can use to sign in (never the provider's email)." })
export class MySchoolAccount {
  @Field(() => SignInProvider)
  provider: SignInProviderName;

  @Field()
  label: string;

  @Field({ description: 'Already linked: the button signs them in.' })
  linked: boolean;
}
