import { graphql } from '../../gql';

export const CoordinatorSummaryQuery = graphql(`
  query CoordinatorSummary($networkId: ID!) {
    members(networkId: $networkId, first: 1) {
      totalCount
    }
    invitations(networkId: $networkId) {
      id
    }
    groups(networkId: $networkId, first: 1) {
      totalCount
    }
    isolatedMembers(networkId: $networkId) {
      reason
      member {
        id
      }
    }
    outbox(networkId: $networkId, first: 100) {
      smtpConfigured
      messages {
        id
      }
    }
  }
`);

export const MyToDoQuery = graphql(`
  query MyToDo($networkId: ID!, $timeZone: String) {
    myToDo(networkId: $networkId, timeZone: $timeZone) {
      timeZone
      items {
        id
        kind
        title
        detail
        dueAt
        when
        actionLabel
        path
      }
    }
  }
`);
