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
      invitableTeachers {
        id
        displayName
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
  mutation SubmitEssay($exchangeId: ID!, $body: String!) {
    submitEssay(exchangeId: $exchangeId, body: $body) {
      ...SubmissionFields
    }
  }
`);
