import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsString, IsUUID, MaxLength } from 'class-validator';
import { RequiredText, SingleLineRule } from '../../../common/input-rules.js';

const trimmedList = Transform(({ value }) =>
  Array.isArray(value)
    ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== ''))]
    : value,
);

/** What a coordinator copies from the LMS's registration of Switchback. */
@InputType()
export class LtiPlatformFields {
  @Field({ description: 'A name people recognise, e.g. "District Canvas".' })
  @RequiredText('Name', 120)
  @SingleLineRule('Name')
  name: string;

  @Field({ description: "The platform's issuer (iss), e.g. https://canvas.instructure.com." })
  @RequiredText('Issuer', 500)
  @SingleLineRule('Issuer')
  issuer: string;

  @Field({ description: 'The client id the platform gave Switchback.' })
  @RequiredText('Client ID', 255)
  @SingleLineRule('Client ID')
  clientId: string;

  @Field(() => [String], { description: 'The deployment ids launches may come from (at least one).' })
  @trimmedList
  @ArrayMinSize(1, { message: 'Add the deployment id the LMS shows for Switchback.' })
  @ArrayMaxSize(20, { message: 'List at most 20 deployment ids.' })
  @IsString({ each: true, message: 'Each deployment id must be text.' })
  @MaxLength(255, { each: true, message: 'Each deployment id must be at most 255 characters.' })
  deploymentIds: string[];

  @Field({ description: "The platform's OIDC authorization endpoint (authentication request URL)." })
  @RequiredText('Authentication request URL', 1000)
  authLoginUrl: string;

  @Field({ description: "The platform's OAuth 2 access token URL." })
  @RequiredText('Access token URL', 1000)
  authTokenUrl: string;

  @Field({ description: "The platform's public key set URL." })
  @RequiredText('Public key set URL', 1000)
  jwksUrl: string;
}

@InputType()
export class RegisterLtiPlatformInput extends LtiPlatformFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a network.' })
  networkId: string;
}

@InputType()
export class UpdateLtiPlatformInput extends LtiPlatformFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose an LMS platform.' })
  id: string;
}
