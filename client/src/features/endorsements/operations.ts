import { graphql } from '../../gql';

export const ExampleReviewsQuery = graphql(`
  query ExampleReviews($exchangeId: ID!) {
    exampleReviews(exchangeId: $exchangeId) {
      id
      reviewerPseudonym
      exchangeTitle
      sameRubric
      comments {
        criterionTitle
        comment
      }
      strength
      nextStep
      note
      approvedAt
    }
  }
`);

export const ReviewEndorsementFields = graphql(`
  fragment ReviewEndorsementFields on ReviewEndorsementView {
    id
    reviewId
    status
    note
    endorsedBy
    endorsedByMe
    reviewerLabel
    authorLabel
    mayApprove
    mayWithdraw
    createdAt
    approvedAt
    review {
      ...ReceivedReviewFields
    }
  }
`);

export const ReviewEndorsementsQuery = graphql(`
  query ReviewEndorsements($exchangeId: ID!) {
    reviewEndorsements(exchangeId: $exchangeId) {
      ...ReviewEndorsementFields
    }
  }
`);

export const EndorseReviewMutation = graphql(`
  mutation EndorseReview($input: EndorseReviewInput!) {
    endorseReview(input: $input) {
      ...ReviewEndorsementFields
    }
  }
`);

export const ApproveEndorsementMutation = graphql(`
  mutation ApproveEndorsement($endorsementId: ID!) {
    approveEndorsement(endorsementId: $endorsementId) {
      ...ReviewEndorsementFields
    }
  }
`);

export const WithdrawEndorsementMutation = graphql(`
  mutation WithdrawEndorsement($endorsementId: ID!) {
    withdrawEndorsement(endorsementId: $endorsementId)
  }
`);
