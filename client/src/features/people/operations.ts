import { graphql } from '../../gql';

export const MembersQuery = graphql(`
  query Members(
    $networkId: ID!
    $search: String
    $role: Role
    $schoolId: ID
    $status: MemberStatus
    $first: Int
    $after: String
  ) {
    members(
      networkId: $networkId
      search: $search
      role: $role
      schoolId: $schoolId
      status: $status
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        role
        status
        subjects
        gradeLevels
        schoolId
        school {
          id
          name
        }
        user {
          id
          displayName
          email
          username
        }
      }
    }
  }
`);

export const InvitationsQuery = graphql(`
  query Invitations($networkId: ID!) {
    invitations(networkId: $networkId) {
      id
      email
      role
      subjects
      gradeLevels
      createdAt
      expiresAt
      school {
        id
        name
      }
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      expiresAt
      link
      emailed
      school {
        id
        name
      }
    }
  }
`);

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($invitationId: ID!) {
    resendInvitation(invitationId: $invitationId) {
      id
      email
      expiresAt
      link
      emailed
    }
  }
`);

export const NewInvitationLinkMutation = graphql(`
  mutation NewInvitationLink($invitationId: ID!) {
    newInvitationLink(invitationId: $invitationId) {
      id
      email
      expiresAt
      link
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($invitationId: ID!) {
    revokeInvitation(invitationId: $invitationId) {
      id
    }
  }
`);

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
      role
      schoolId
      school {
        id
        name
      }
    }
  }
`);

export const DeactivateMemberMutation = graphql(`
  mutation DeactivateMember($memberId: ID!) {
    deactivateMember(memberId: $memberId) {
      id
      status
    }
  }
`);

export const ReactivateMemberMutation = graphql(`
  mutation ReactivateMember($memberId: ID!) {
    reactivateMember(memberId: $memberId) {
      id
      status
    }
  }
`);
