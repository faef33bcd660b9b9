/**
 * Network A's LMS connection for the sealed-networks tests: its coordinator registers a platform
 * (LTI 1.3) whose name carries A's marker.
 */
import type { NetworkAContext } from './sealed-networks-observe.js';

export interface LtiContent {
  /** A's registered LMS platform. */
  ltiPlatformId: string;
}

export async function ltiContent({
  net,
  coordinator,
  m,
  gql,
}: Pick<NetworkAContext, 'net' | 'coordinator' | 'm' | 'gql'>): Promise<LtiContent> {
  const tag = net.network.slug;
  const res = await gql<{ registerLtiPlatform: { id: string } }>(
    coordinator,
    `mutation($i: RegisterLtiPlatformInput!) { registerLtiPlatform(input: $i) { id } }`,
    {
      i: {
        networkId: net.network.id,
        name: m('District Canvas'),
        issuer: `https://${tag}.instructure.example`,
        clientId: `client-${tag}`,
        deploymentIds: [`deployment-${tag}`],
        authLoginUrl: `https://${tag}.instructure.example/api/lti/authorize_redirect`,
        authTokenUrl: `https://${tag}.instructure.example/login/oauth2/token`,
        jwksUrl: `https://${tag}.instructure.example/api/lti/security/jwks`,
      },
    },
  );
  return { ltiPlatformId: res.registerLtiPlatform.id };
}
