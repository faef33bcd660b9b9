import { graphql } from '../../gql';

export const LtiPlatformsQuery = graphql(`
  query LtiPlatforms($networkId: ID!) {
    ltiPlatforms(networkId: $networkId) {
      id
      name
      issuer
      clientId
      deploymentIds
      authLoginUrl
      authTokenUrl
      jwksUrl
      createdAt
    }
    ltiToolConfiguration(networkId: $networkId) {
      loginUrl
      launchUrl
      deepLinkingUrl
      jwksUrl
    }
  }
`);

export const RegisterLtiPlatformMutation = graphql(`
  mutation RegisterLtiPlatform($input: RegisterLtiPlatformInput!) {
    registerLtiPlatform(input: $input) {
      id
    }
  }
`);

export const UpdateLtiPlatformMutation = graphql(`
  mutation UpdateLtiPlatform($input: UpdateLtiPlatformInput!) {
    updateLtiPlatform(input: $input) {
      id
      name
      issuer
      clientId
      deploymentIds
      authLoginUrl
      authTokenUrl
      jwksUrl
    }
  }
`);

export const RemoveLtiPlatformMutation = graphql(`
  mutation RemoveLtiPlatform($id: ID!) {
    removeLtiPlatform(id: $id)
  }
`);
