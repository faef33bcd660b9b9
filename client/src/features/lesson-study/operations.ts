import { graphql } from '../../gql';

export const LessonStudyFields = graphql(`
  fragment LessonStudyFields on LessonStudy {
    id
    networkId
    title
    theme
    phase
    round
    observationMode
    planDocumentId
    openClassSessionId
    closedAt
    nextPhases
    myRoles
    group {
      id
      name
    }
    unit {
      id
      name
    }
    lookForPoints {
      id
      text
    }
    phaseDates {
      phase
      startsOn
      endsOn
    }
    people {
      userId
      displayName
      schoolName
      roles
      guest
      viaOpenClass
    }
    openClass {
      sessionId
      conveningId
      conveningTitle
      title
      startsAt
      endsAt
      timeZone
      room
      capacity
      confirmedCount
      waitlistCount
      observers
    }
    openClassChoices {
      id
      name
    }
    can {
      editPlan
      editLookFors
      advance
      nameRoles
      inviteGuest
      watch
      upload
      writeNotes
    }
    planVersions {
      id
      number
      note
      createdAt
    }
  }
`);

export const GroupLessonStudiesQuery = graphql(`
  query GroupLessonStudies($groupId: ID!) {
    lessonStudies(groupId: $groupId) {
      id
      title
      theme
      phase
      round
      createdAt
    }
  }
`);

export const LessonStudyQuery = graphql(`
  query LessonStudy($id: ID!) {
    lessonStudy(id: $id) {
      ...LessonStudyFields
    }
  }
`);

export const LessonPlanVersionQuery = graphql(`
  query LessonPlanVersion($lessonStudyId: ID!, $number: Int!) {
    lessonPlanVersion(lessonStudyId: $lessonStudyId, number: $number) {
      id
      title
      html
    }
  }
`);

export const CreateLessonStudyMutation = graphql(`
  mutation CreateLessonStudy($input: CreateLessonStudyInput!) {
    createLessonStudy(input: $input) {
      id
    }
  }
`);

export const AdvanceLessonStudyMutation = graphql(`
  mutation AdvanceLessonStudy($id: ID!, $to: LessonStudyPhase) {
    advanceLessonStudy(id: $id, to: $to) {
      ...LessonStudyFields
    }
  }
`);

export const SetLookForsMutation = graphql(`
  mutation SetLessonStudyLookFors($input: SetLookForsInput!) {
    setLessonStudyLookFors(input: $input) {
      ...LessonStudyFields
    }
  }
`);

export const SetPhaseDatesMutation = graphql(`
  mutation SetLessonStudyPhaseDates($input: SetPhaseDatesInput!) {
    setLessonStudyPhaseDates(input: $input) {
      ...LessonStudyFields
    }
  }
`);

export const NameRoleMutation = graphql(`
  mutation NameLessonStudyRole($input: NameLessonStudyRoleInput!) {
    nameLessonStudyRole(input: $input) {
      ...LessonStudyFields
    }
  }
`);

export const RemoveRoleMutation = graphql(`
  mutation RemoveLessonStudyRole($input: NameLessonStudyRoleInput!) {
    removeLessonStudyRole(input: $input) {
      ...LessonStudyFields
    }
  }
`);

export const InviteKnowledgeableOtherMutation = graphql(`
  mutation InviteKnowledgeableOther($input: InviteKnowledgeableOtherInput!) {
    inviteKnowledgeableOther(input: $input) {
      ...LessonStudyFields
    }
  }
`);

export const SetObservationMutation = graphql(`
  mutation SetLessonStudyObservation($input: SetObservationInput!) {
    setLessonStudyObservation(input: $input) {
      ...LessonStudyFields
    }
  }
`);
