import { graphql } from '../../gql';

export const MentorshipSummaryFields = graphql(`
  fragment MentorshipSummaryFields on Mentorship {
    id
    status
    startedAt
    endedAt
    mine
    canWrite
    lastMeetingOn
    meetingDates
    mentor {
      id
      user {
        id
        displayName
      }
      school {
        id
        name
      }
    }
    mentee {
      id
      user {
        id
        displayName
      }
      school {
        id
        name
      }
    }
  }
`);

export const MentorshipsQuery = graphql(`
  query Mentorships($networkId: ID!) {
    mentorships(networkId: $networkId) {
      ...MentorshipSummaryFields
    }
  }
`);

export const MentorshipQuery = graphql(`
  query Mentorship($id: ID!) {
    mentorship(id: $id) {
      ...MentorshipSummaryFields
      goals
      unit {
        id
        title
      }
      meetings {
        id
        meetingOn
        notes
        nextSteps
        nextStepsDueOn
      }
    }
  }
`);

export const MenteeCandidatesQuery = graphql(`
  query MenteeCandidates($networkId: ID!) {
    members(networkId: $networkId, role: TEACHER, first: 100) {
      nodes {
        id
        subjects
        user {
          id
          displayName
        }
        school {
          id
          name
        }
      }
    }
  }
`);

export const MentorMatchesQuery = graphql(`
  query MentorMatches($networkId: ID!, $menteeId: ID!) {
    mentorMatches(networkId: $networkId, menteeId: $menteeId) {
      member {
        id
        user {
          id
          displayName
        }
        school {
          id
          name
        }
      }
      reasons
    }
  }
`);

export const CreateMentorshipMutation = graphql(`
  mutation CreateMentorship($input: CreateMentorshipInput!) {
    createMentorship(input: $input) {
      ...MentorshipSummaryFields
    }
  }
`);

export const EndMentorshipMutation = graphql(`
  mutation EndMentorship($id: ID!) {
    endMentorship(mentorshipId: $id) {
      id
      status
      endedAt
      canWrite
    }
  }
`);

export const UpdateMentorshipMutation = graphql(`
  mutation UpdateMentorship($input: UpdateMentorshipInput!) {
    updateMentorship(input: $input) {
      id
      goals
      unit {
        id
        title
      }
    }
  }
`);

export const LogMentoringMeetingMutation = graphql(`
  mutation LogMentoringMeeting($input: LogMentoringMeetingInput!) {
    logMentoringMeeting(input: $input) {
      id
      meetingOn
      notes
      nextSteps
      nextStepsDueOn
    }
  }
`);

export const MentoringHealthQuery = graphql(`
  query MentoringHealth($networkId: ID!, $from: String!, $to: String!) {
    mentoringHealth(networkId: $networkId, from: $from, to: $to) {
      activePairs
      meetings
      pairsMet
    }
  }
`);

export const CoPlanningUnitsQuery = graphql(`
  query CoPlanningUnits($networkId: ID!, $search: String) {
    library(networkId: $networkId, search: $search, first: 20) {
      nodes {
        id
        title
      }
    }
  }
`);
