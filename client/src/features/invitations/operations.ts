import { graphql } from '../../gql';

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      networkName
      schoolName
      email
      role
      viewerIsInvitee
      state
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      networkId
      user {
        id
      }
    }
  }
`);
