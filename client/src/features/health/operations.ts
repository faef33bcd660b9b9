import { graphql } from '../../gql';

export const NetworkHealthQuery = graphql(`
  query NetworkHealth($networkId: ID!, $from: String!, $to: String!) {
    networkHealth(networkId: $networkId, from: $from, to: $to) {
      networkId
      networkName
      generatedAt
      calibration {
        rubricTitle
        rounds {
          roundTitle
          groupName
          revealedAt
          alpha
          exact
          adjacent
          raters
        }
      }
      members {
        members
        active
        percentActive
        bySchool {
          schoolId
          schoolName
          members
          active
          percentActive
          roles {
            role
            members
            active
          }
        }
      }
      groups {
        groupId
        name
        members
        posts
        checkIns
        unitsEdited
        activeMembers
        quiet
      }
      quietGroups
      isolated {
        count
        members {
          membershipId
          name
          role
          schoolName
          reason
          lastGroupActivityAt
        }
      }
      units {
        total
        byStatus {
          status
          count
        }
        crossSchool
        crossSchoolUnits {
          unitId
          title
          status
          schools
        }
      }
      exchanges {
        exchangeId
        title
        phase
        submissionDueAt
        classes
        studentsEnrolled
        essaysSubmitted
        submissionPercent
        reviewsAssigned
        reviewsCompleted
        reviewPercent
      }
      convenings {
        conveningId
        title
        season
        startsAt
        going
        maybe
        notGoing
        sessions
        seatsConfirmed
        seatsWaitlisted
        checkIns
        attendancePercent
        attendees
        turnoutPercent
      }
      lessonStudies {
        total
        byPhase {
          phase
          count
        }
        crossSchoolObservers
        invitedFromOtherNetworks
      }
      revisionsMade
    }
  }
`);
