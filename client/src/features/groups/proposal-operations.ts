import { graphql } from '../../gql';

export const GroupProposalFields = graphql(`
  fragment GroupProposalFields on GroupProposal {
    id
    name
    focus
    subject
    gradeBand
    role
    primeFocus
    description
    reason
    status
    declineReason
    groupId
    createdAt
    decidedAt
    proposer {
      id
      user {
        id
        displayName
      }
      school {
        id
        name
      }
    }
    invitees {
      id
      user {
        id
        displayName
      }
      school {
        id
        name
      }
    }
  }
`);

/** Coordinators: the proposals waiting and the setting. Others: the groups they proposed. */
export const GroupProposalsQuery = graphql(`
  query GroupProposals($networkId: ID!, $slug: String!) {
    network(slug: $slug) {
      id
      teachersMayStartGroups
    }
    groupProposals(networkId: $networkId) {
      ...GroupProposalFields
    }
  }
`);

/** The job-alikes a teacher can invite, for the proposal form. */
export const ProposeGroupJobAlikesQuery = graphql(`
  query ProposeGroupJobAlikes($networkId: ID!, $slug: String!) {
    network(slug: $slug) {
      id
      teachersMayStartGroups
    }
    jobAlikes(networkId: $networkId) {
      sharedSubjects
      member {
        id
        subjects
        school {
          id
          name
        }
        user {
          id
          displayName
        }
      }
    }
  }
`);

export const ProposeGroupMutation = graphql(`
  mutation ProposeGroup($input: ProposeGroupInput!) {
    proposeGroup(input: $input) {
      ...GroupProposalFields
    }
  }
`);

export const DecideGroupProposalMutation = graphql(`
  mutation DecideGroupProposal($input: DecideGroupProposalInput!) {
    decideGroupProposal(input: $input) {
      ...GroupProposalFields
    }
  }
`);

export const SetTeachersMayStartGroupsMutation = graphql(`
  mutation SetTeachersMayStartGroups($networkId: ID!, $allowed: Boolean!) {
    setTeachersMayStartGroups(networkId: $networkId, allowed: $allowed) {
      id
      teachersMayStartGroups
    }
  }
`);
