import { graphql } from '../../gql';

export const ConveningsQuery = graphql(`
  query Convenings($networkId: ID!) {
    convenings(networkId: $networkId) {
      id
      title
      season
      status
      startsAt
      endsAt
      timeZone
      venue
      registrationDeadline
      registrationOpen
      myRegistration {
        status
      }
    }
  }
`);

export const ConveningSessionFields = graphql(`
  fragment ConveningSessionFields on ConveningSession {
    id
    kind
    title
    description
    startsAt
    endsAt
    room
    capacity
    confirmedCount
    waitlistCount
    canCheckIn
    group {
      id
      name
    }
    facilitator {
      id
      displayName
    }
    mySeat {
      status
      waitlistPosition
      checkedInAt
    }
    choice {
      available
      chosen
      full
      code
      reason
      clashesWith {
        id
        name
      }
    }
  }
`);

export const ConveningPageQuery = graphql(`
  query ConveningPage($id: ID!) {
    convening(id: $id) {
      id
      networkId
      title
      season
      status
      startsAt
      endsAt
      timeZone
      venue
      address
      hostSchoolId
      hostSchool {
        id
        name
      }
      registrationDeadline
      registrationOpen
      description
      publishedAt
      viewerIsCoordinator
      viewerCanChooseSessions
      myRegistration {
        status
        needs {
          travel
          needsLodging
          dietary
          accessibility
        }
      }
      sessions {
        ...ConveningSessionFields
      }
    }
  }
`);

export const RegistrationSummaryQuery = graphql(`
  query RegistrationSummary($id: ID!) {
    convening(id: $id) {
      id
      registrationSummary {
        counts {
          going
          maybe
          notGoing
          needingLodging
        }
        bySchool {
          schoolId
          schoolName
          counts {
            going
            maybe
            notGoing
            needingLodging
          }
          registrants {
            user {
              id
              displayName
            }
            status
            needs {
              travel
              needsLodging
              dietary
              accessibility
            }
          }
        }
      }
    }
  }
`);

export const SessionPageQuery = graphql(`
  query SessionPage($id: ID!) {
    conveningSession(id: $id) {
      ...ConveningSessionFields
      notesDocumentId
      notesAccess
      convening {
        id
        title
        timeZone
        venue
        status
        viewerIsCoordinator
      }
      actionItemsDone {
        id
        text
        target
        goalId
        postId
        createdAt
        createdBy {
          id
          displayName
        }
      }
    }
  }
`);

export const CheckInListQuery = graphql(`
  query CheckInList($id: ID!) {
    conveningSession(id: $id) {
      id
      title
      startsAt
      endsAt
      room
      canCheckIn
      convening {
        id
        title
        timeZone
        viewerIsCoordinator
        registrationSummary {
          bySchool {
            schoolName
            registrants {
              user {
                id
                displayName
              }
              status
            }
          }
        }
      }
      attendees {
        user {
          id
          displayName
        }
        schoolName
        status
        checkedInAt
      }
    }
  }
`);

export const ConveningGroupsQuery = graphql(`
  query ConveningGroups($networkId: ID!) {
    groups(networkId: $networkId, first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const CreateConveningMutation = graphql(`
  mutation CreateConvening($input: CreateConveningInput!) {
    createConvening(input: $input) {
      id
    }
  }
`);

export const UpdateConveningMutation = graphql(`
  mutation UpdateConvening($input: UpdateConveningInput!) {
    updateConvening(input: $input) {
      id
      title
      season
      startsAt
      endsAt
      timeZone
      venue
      address
      hostSchoolId
      registrationDeadline
      description
    }
  }
`);

export const PublishConveningMutation = graphql(`
  mutation PublishConvening($id: ID!) {
    publishConvening(id: $id) {
      id
      status
      publishedAt
      registrationOpen
    }
  }
`);

export const AddConveningSessionMutation = graphql(`
  mutation AddConveningSession($input: AddConveningSessionInput!) {
    addConveningSession(input: $input) {
      ...ConveningSessionFields
    }
  }
`);

export const UpdateConveningSessionMutation = graphql(`
  mutation UpdateConveningSession($input: UpdateConveningSessionInput!) {
    updateConveningSession(input: $input) {
      ...ConveningSessionFields
    }
  }
`);

export const RegisterMutation = graphql(`
  mutation RegisterForConvening($conveningId: ID!, $status: RegistrationStatus!, $needs: RegistrationNeedsInput) {
    register(conveningId: $conveningId, status: $status, needs: $needs) {
      id
      viewerCanChooseSessions
      myRegistration {
        status
        needs {
          travel
          needsLodging
          dietary
          accessibility
        }
      }
      sessions {
        ...ConveningSessionFields
      }
    }
  }
`);

/** One choice, saved at once (the agenda's other sessions come back: a choice changes what clashes). */
export const SetSessionChoiceMutation = graphql(`
  mutation SetSessionChoice($sessionId: ID!, $attend: Boolean!) {
    setSessionChoice(sessionId: $sessionId, attend: $attend) {
      id
      sessions {
        ...ConveningSessionFields
      }
    }
  }
`);

export const CheckInMutation = graphql(`
  mutation CheckInAttendee($sessionId: ID!, $userId: ID!, $present: Boolean) {
    checkInAttendee(sessionId: $sessionId, userId: $userId, present: $present) {
      user {
        id
        displayName
      }
      schoolName
      status
      checkedInAt
    }
  }
`);

export const PromoteActionItemMutation = graphql(`
  mutation PromoteActionItem($sessionId: ID!, $text: String!, $target: ActionItemTarget!) {
    promoteActionItem(sessionId: $sessionId, text: $text, target: $target) {
      id
      text
      target
      goalId
      postId
    }
  }
`);
