import { graphql } from '../../gql';

export const ConversationSummaryFields = graphql(`
  fragment ConversationSummaryFields on Conversation {
    id
    title
    lastMessageAt
    unreadCount
    participants {
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
    lastMessage {
      id
      body
      mine
      author {
        id
        displayName
      }
    }
  }
`);

export const ConversationsQuery = graphql(`
  query Conversations($networkId: ID!) {
    conversations(networkId: $networkId) {
      ...ConversationSummaryFields
    }
  }
`);

export const UnreadConversationCountQuery = graphql(`
  query UnreadConversationCount($networkId: ID!) {
    unreadConversationCount(networkId: $networkId)
  }
`);

export const ConversationQuery = graphql(`
  query Conversation($id: ID!, $first: Int, $after: String) {
    conversation(id: $id) {
      ...ConversationSummaryFields
      messages(first: $first, after: $after) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          id
          body
          mine
          createdAt
          author {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const StartConversationMutation = graphql(`
  mutation StartConversation($input: StartConversationInput!) {
    startConversation(input: $input) {
      id
    }
  }
`);

export const SendMessageMutation = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      id
      body
      mine
      createdAt
    }
  }
`);

export const MarkConversationReadMutation = graphql(`
  mutation MarkConversationRead($conversationId: ID!) {
    markConversationRead(conversationId: $conversationId) {
      id
      unreadCount
    }
  }
`);
