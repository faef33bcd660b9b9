import { Field, ObjectType } from '@nestjs/graphql';

/** Switchback's values a coordinator pastes into the LMS when registering it as an LTI 1.3 tool. */
@ObjectType()
export class LtiToolConfiguration {
  @Field({ description: 'OpenID Connect login initiation URL.' })
  loginUrl: string;

  @Field({ description: 'Target link URI and redirect URI: where launches are posted.' })
  launchUrl: string;

  @Field({ description: 'Deep linking URL (the same address: the message type tells them apart).' })
  deepLinkingUrl: string;

  @Field({ description: "Switchback's public key set URL." })
  jwksUrl: string;
}
