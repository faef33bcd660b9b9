import { graphql } from '../../gql';

export const OutboxQuery = graphql(`
  query Outbox($networkId: ID!, $first: Int) {
    outbox(networkId: $networkId, first: $first) {
      smtpConfigured
      messages {
        id
        toAddress
        subject
        body
        link
        kind
        status
        createdAt
        sentAt
      }
    }
  }
`);
