import { graphql } from '../../gql';

/** What deleting a student's data would delete (and what stays, anonymous). */
export const StudentDataSummaryQuery = graphql(`
  query StudentDataSummary($networkId: ID!, $studentId: ID!) {
    studentDataSummary(networkId: $networkId, studentId: $studentId) {
      studentId
      displayName
      username
      classes
      essays
      reviewsReceived
      reviewsKeptAnonymous
      reviewsDeleted
      flags
      notifications
      accountDeleted
    }
  }
`);

export const DeleteStudentDataMutation = graphql(`
  mutation DeleteStudentData($networkId: ID!, $studentId: ID!) {
    deleteStudentData(networkId: $networkId, studentId: $studentId) {
      studentId
      essays
      reviewsKeptAnonymous
      accountDeleted
    }
  }
`);
