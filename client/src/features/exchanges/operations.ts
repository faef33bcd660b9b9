import { graphql } from '../../gql';

export const SubmissionFields = graphql(`
  fragment SubmissionFields on Submission {
    id
    exchangeId
    pseudonym
    body
    submittedBody
    status
    submittedAt
    hasUnsubmittedChanges
    wordCount
    updatedAt
  }
`);

export const ReceivedReviewFields = graphql(`
  fragment ReceivedReviewFields on ReceivedReview {
    id
    reviewerLabel
    strength
    nextStep
    score
    maxScore
    submittedAt
    helpfulness
    helpfulnessComment
    flagOpen
    hidden
    canRespond
    criteria {
      criterionId
      title
      points
      levelLabel
      comment
    }
  }
`);

export const ExchangeSummaryFields = graphql(`
  fragment ExchangeSummaryFields on Exchange {
    id
    title
    phase
    submissionDueAt
    reviewDueAt
    feedbackReleaseAt
    viewerRole
    viewerCanAddClasses
    submissionOpen
    essayWindow
    acceptLateEssays
    reviewsAllocatedAt
    owner {
      id
      displayName
    }
    mySubmission {
      ...SubmissionFields
    }
  }
`);

export const MyExchangesQuery = graphql(`
  query MyExchanges($networkId: ID!) {
    myExchanges(networkId: $networkId) {
      ...ExchangeSummaryFields
    }
  }
`);

export const ExchangeQuery = graphql(`
  query Exchange($id: ID!) {
    exchange(id: $id) {
      ...ExchangeSummaryFields
      prompt
      reviewsPerSubmission
      anonymity
      crossSchoolOnly
      rubric {
        id
        title
        version
        description
        maxScore
        criteria {
          id
          title
          description
          weight
          levels {
            points
            label
            descriptor
          }
        }
      }
      myFeedback {
        ...ReceivedReviewFields
      }
      classes {
        id
        status
        classId
        className
        schoolName
        isMine
        teacher {
          id
          displayName
        }
        progress {
          enrolled
          started
          submitted
        }
        participants {
          pseudonym
          isMine
          status
          submittedAt
          wordCount
          student {
            id
            displayName
          }
        }
      }
      viewerCanAdvance
      invitableTeachers {
        id
        displayName
      }
      addableClasses {
        id
        name
      }
    }
  }
`);

export const CreateExchangeMutation = graphql(`
  mutation CreateExchange($input: CreateExchangeInput!) {
    createExchange(input: $input) {
      id
    }
  }
`);

export const InviteToExchangeMutation = graphql(`
  mutation InviteToExchange($exchangeId: ID!, $teacherId: ID!) {
    inviteClassToExchange(exchangeId: $exchangeId, teacherId: $teacherId) {
      id
    }
  }
`);

export const AddClassToExchangeMutation = graphql(`
  mutation AddClassToExchange($exchangeId: ID!, $classId: ID!) {
    addClassToExchange(exchangeId: $exchangeId, classId: $classId) {
      id
    }
  }
`);

export const AdvanceExchangeMutation = graphql(`
  mutation AdvanceExchange($exchangeId: ID!) {
    advanceExchangePhase(exchangeId: $exchangeId) {
      id
      phase
      submissionOpen
      viewerCanAdvance
    }
  }
`);

export const SaveEssayDraftMutation = graphql(`
  mutation SaveEssayDraft($exchangeId: ID!, $body: String!) {
    saveEssayDraft(exchangeId: $exchangeId, body: $body) {
      ...SubmissionFields
    }
  }
`);

export const SubmitEssayMutation = graphql(`
  mutation SubmitEssay($exchangeId: ID!, $body: String!, $submitAnyway: Boolean) {
    submitEssay(exchangeId: $exchangeId, body: $body, submitAnyway: $submitAnyway) {
      ...SubmissionFields
    }
  }
`);

/** Words of the essay that name the student's school, town or themselves (asked before submitting). */
export const EssayGiveawaysQuery = graphql(`
  query EssayGiveaways($exchangeId: ID!, $body: String!) {
    essayGiveaways(exchangeId: $exchangeId, body: $body) {
      kind
      phrase
    }
  }
`);

export const ReviewAssignmentFields = graphql(`
  fragment ReviewAssignmentFields on ReviewAssignment {
    id
    exchangeId
    status
    authorPseudonym
    essay
    essayWordCount
    strength
    nextStep
    dueAt
    startedAt
    submittedAt
    hidden
    editable
    criteria {
      criterionId
      title
      points
      levelLabel
      comment
    }
  }
`);

export const MyReviewAssignmentsQuery = graphql(`
  query MyReviewAssignments($exchangeId: ID!) {
    myReviewAssignments(exchangeId: $exchangeId) {
      ...ReviewAssignmentFields
    }
  }
`);

export const StartReviewMutation = graphql(`
  mutation StartReview($reviewId: ID!) {
    startReview(reviewId: $reviewId) {
      ...ReviewAssignmentFields
    }
  }
`);

export const SaveReviewDraftMutation = graphql(`
  mutation SaveReviewDraft($input: ReviewInput!) {
    saveReviewDraft(input: $input) {
      ...ReviewAssignmentFields
    }
  }
`);

export const SubmitReviewMutation = graphql(`
  mutation SubmitReview($input: ReviewInput!) {
    submitReview(input: $input) {
      ...ReviewAssignmentFields
    }
  }
`);

export const RateReviewMutation = graphql(`
  mutation RateReview($input: RateReviewInput!) {
    rateReview(input: $input) {
      ...ReceivedReviewFields
    }
  }
`);

export const FlagReviewMutation = graphql(`
  mutation FlagReview($input: FlagReviewInput!) {
    flagReview(input: $input) {
      ...ReceivedReviewFields
    }
  }
`);

export const ResolveFlagMutation = graphql(`
  mutation ResolveFlag($input: ResolveFlagInput!) {
    resolveFlag(input: $input) {
      id
      status
      resolution
    }
  }
`);

export const CompletionRowFields = graphql(`
  fragment CompletionRowFields on CompletionRow {
    label
    isMine
    students
    submitted
    late
    reviewsAssigned
    reviewsSubmitted
  }
`);

export const ExchangeResultsQuery = graphql(`
  query ExchangeResults($exchangeId: ID!) {
    exchangeResults(exchangeId: $exchangeId) {
      exchangeId
      maxScore
      allocationNotes
      classes {
        ...CompletionRowFields
      }
      schools {
        ...CompletionRowFields
      }
      criteria {
        criterionId
        title
        averagePoints
        levels {
          points
          label
          count
        }
      }
      helpfulness {
        label
        isMine
        reviewsSubmitted
        ratings
        averageHelpfulness
      }
      flags {
        id
        reviewId
        reason
        status
        resolution
        createdAt
        authorLabel
        reviewerLabel
        review {
          ...ReceivedReviewFields
        }
      }
      students {
        student {
          id
          displayName
        }
        pseudonym
        submissionId
        status
        submittedAt
        late
        averageScore
        reviewsAssigned
        reviewsSubmitted
        received {
          ...ReceivedReviewFields
        }
      }
      calibration {
        ...CalibrationResultsFields
      }
    }
  }
`);
