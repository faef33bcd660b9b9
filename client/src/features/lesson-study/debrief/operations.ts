import { graphql } from '../../../gql';

export const DebriefQuery = graphql(`
  query Debrief($lessonStudyId: ID!) {
    debrief(lessonStudyId: $lessonStudyId) {
      lessonStudyId
      round
      open
      currentStep
      viewerFacilitates
      viewerCanAccept
      steps {
        step
        label
        writers
        current
        done
        viewerCanWrite
        entries {
          id
          body
          lookForId
          authorName
          createdAt
        }
      }
      revisions {
        id
        sectionId
        text
        replacesSection
        status
        versionNumber
        proposedByName
      }
    }
  }
`);

export const AddDebriefEntryMutation = graphql(`
  mutation AddDebriefEntry($input: AddDebriefEntryInput!) {
    addDebriefEntry(input: $input) {
      id
    }
  }
`);

export const AdvanceDebriefMutation = graphql(`
  mutation AdvanceDebrief($lessonStudyId: ID!) {
    advanceDebrief(lessonStudyId: $lessonStudyId) {
      lessonStudyId
      currentStep
    }
  }
`);

export const ProposePlanRevisionMutation = graphql(`
  mutation ProposePlanRevision($input: ProposeRevisionInput!) {
    proposePlanRevision(input: $input) {
      id
    }
  }
`);

export const DecidePlanRevisionMutation = graphql(`
  mutation DecidePlanRevision($revisionId: ID!, $agree: Boolean!) {
    decidePlanRevision(revisionId: $revisionId, agree: $agree) {
      id
      status
    }
  }
`);

export const AcceptPlanRevisionsMutation = graphql(`
  mutation AcceptPlanRevisions($lessonStudyId: ID!) {
    acceptPlanRevisions(lessonStudyId: $lessonStudyId)
  }
`);

export const ShareLessonStudyMutation = graphql(`
  mutation ShareLessonStudy($input: ShareLessonStudyInput!) {
    shareLessonStudy(input: $input) {
      lessonStudyId
    }
  }
`);

export const LessonStudyRecordQuery = graphql(`
  query LessonStudyRecord($lessonStudyId: ID!) {
    lessonStudyRecord(lessonStudyId: $lessonStudyId) {
      lessonStudyId
      canPresent
      title
      theme
      reflection
      sharedAt
      firstVersion
      latestVersion
      revisionsAccepted
      evidence {
        lookForId
        lookFor
        noteCount
        evidenceCount
        evidence
      }
      changes {
        from
        to
        sections {
          id
          title
          changed
          changes {
            kind
            text
          }
        }
      }
    }
  }
`);

export const DebriefPlanComparisonQuery = graphql(`
  query DebriefPlanComparison($lessonStudyId: ID!, $from: Int!, $to: Int) {
    lessonPlanComparison(lessonStudyId: $lessonStudyId, from: $from, to: $to) {
      id
      title
      changed
      changes {
        kind
        text
      }
    }
  }
`);

export const LessonStudyRecordsQuery = graphql(`
  query LessonStudyRecords($networkId: ID!, $unitId: ID) {
    lessonStudyRecords(networkId: $networkId, unitId: $unitId) {
      lessonStudyId
      title
      theme
      sharedAt
      revisionsAccepted
    }
  }
`);
