import { graphql } from '../../gql';

export const ShowcaseQuery = graphql(`
  query Showcase($networkId: ID!, $first: Int, $after: String) {
    showcase(networkId: $networkId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        title
        body
        status
        featured
        pseudonym
        essay
        createdAt
        exchangeSummary {
          students
          essaysSubmitted
          reviewsSubmitted
          meanScore
          maxScore
        }
        presenter {
          id
          displayName
          schoolName
        }
        target {
          id
          kind
        }
        responses {
          id
          kind
          body
          createdAt
          author {
            id
            displayName
            schoolName
          }
        }
        mine
        canRespond
        canFeature
        canApprove
        canRemove
      }
    }
  }
`);

export const AddToShowcaseMutation = graphql(`
  mutation AddToShowcase($input: AddToShowcaseInput!) {
    addToShowcase(input: $input) {
      id
      status
    }
  }
`);

export const RespondToShowcaseMutation = graphql(`
  mutation RespondToShowcase($input: RespondToShowcaseInput!) {
    respondToShowcase(input: $input) {
      id
      kind
      body
    }
  }
`);

export const FeatureShowcaseItemMutation = graphql(`
  mutation FeatureShowcaseItem($itemId: ID!, $featured: Boolean!) {
    featureShowcaseItem(itemId: $itemId, featured: $featured) {
      id
      featured
    }
  }
`);

export const ApproveShowcaseItemMutation = graphql(`
  mutation ApproveShowcaseItem($itemId: ID!) {
    approveShowcaseItem(itemId: $itemId) {
      id
      status
      canApprove
      canRespond
    }
  }
`);

export const RemoveFromShowcaseMutation = graphql(`
  mutation RemoveFromShowcase($itemId: ID!) {
    removeFromShowcase(itemId: $itemId)
  }
`);
