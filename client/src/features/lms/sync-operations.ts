import { graphql } from '../../gql';

/** Rosters from and grades to the LMS (LTI Advantage NRPS and AGS). */

export const LmsCourseFields = graphql(`
  fragment LmsCourseFields on LmsCourse {
    title
    platformName
    hasRoster
    hasGrades
  }
`);

export const LmsRosterSyncFields = graphql(`
  fragment LmsRosterSyncFields on LmsRosterSync {
    id
    syncedAt
    courseTitles
    instructors
    notFromLms
    added {
      studentId
      name
    }
    alreadyThere {
      studentId
      name
    }
    gone {
      studentId
      name
    }
    skipped {
      studentId
      name
      reason
    }
  }
`);

export const LmsClassLinkQuery = graphql(`
  query LmsClassLink($classId: ID!) {
    lmsClassLink(classId: $classId) {
      classId
      courses {
        ...LmsCourseFields
      }
      lastSync {
        ...LmsRosterSyncFields
      }
    }
  }
`);

export const SyncLmsRosterMutation = graphql(`
  mutation SyncLmsRoster($classId: ID!) {
    syncLmsRoster(classId: $classId) {
      ...LmsRosterSyncFields
    }
  }
`);

export const LmsGradeSendFields = graphql(`
  fragment LmsGradeSendFields on LmsGradeSend {
    id
    sentAt
    sendScore
    sendCompletion
    courseTitles
    sent {
      studentId
      name
      score
      scoreMaximum
      reviewsWritten
      reviewsAssigned
      reason
    }
    skipped {
      studentId
      name
      reason
    }
    failed {
      studentId
      name
      reason
    }
  }
`);

export const LmsExchangeLinkQuery = graphql(`
  query LmsExchangeLink($exchangeId: ID!) {
    lmsExchangeLink(exchangeId: $exchangeId) {
      exchangeId
      sendScore
      sendCompletion
      courses {
        ...LmsCourseFields
      }
      lastSend {
        ...LmsGradeSendFields
      }
    }
  }
`);

export const SendGradesToLmsMutation = graphql(`
  mutation SendGradesToLms($exchangeId: ID!, $input: SendGradesToLmsInput!) {
    sendGradesToLms(exchangeId: $exchangeId, input: $input) {
      ...LmsGradeSendFields
    }
  }
`);
