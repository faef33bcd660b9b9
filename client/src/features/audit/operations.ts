import { graphql } from '../../gql';

export const AuditLogQuery = graphql(`
  query AuditLog($networkId: ID!, $action: String, $first: Int, $after: String) {
    auditLog(networkId: $networkId, action: $action, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        action
        actionLabel
        actorName
        targetType
        targetId
        details
        createdAt
      }
    }
  }
`);
