import { graphql } from '../../gql';

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($first: Int, $after: String) {
    notifications(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        kind
        text
        createdAt
        readAt
        groupId
        networkId
        postId
        conversationId
        unitId
        link
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const SetDigestFrequencyMutation = graphql(`
  mutation SetDigestFrequency($frequency: String!) {
    setDigestFrequency(frequency: $frequency)
  }
`);
