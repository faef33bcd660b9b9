import { graphql } from '../../gql';

export const CalibrationRoundSummaryFields = graphql(`
  fragment CalibrationRoundSummaryFields on CalibrationRound {
    id
    title
    status
    createdAt
    revealedAt
    agreedAt
    canFacilitate
    raterCount
    finishedRaterCount
    iHaveFinished
    rubric {
      id
      title
      version
    }
  }
`);

export const GroupCalibrationRoundsQuery = graphql(`
  query GroupCalibrationRounds($groupId: ID!) {
    calibrationRounds(groupId: $groupId) {
      ...CalibrationRoundSummaryFields
    }
  }
`);

export const CalibrationCellFields = graphql(`
  fragment CalibrationCellFields on CellAgreement {
    essayId
    criterionId
    counts {
      points
      count
    }
    min
    max
    spread
    exact
    adjacent
    raters
    comments {
      id
      body
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

export const CalibrationRoundFields = graphql(`
  fragment CalibrationRoundFields on CalibrationRound {
    ...CalibrationRoundSummaryFields
    networkId
    groupId
    groupName
    createdBy {
      id
      displayName
    }
    rubric {
      id
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
    essays {
      id
      position
      body
      myScores {
        criterionId
        points
      }
      scores {
        rater {
          id
          displayName
        }
        levels {
          criterionId
          points
        }
      }
      agreed {
        criterionId
        points
        rationale
        agreedAt
        agreedBy {
          id
          displayName
        }
      }
    }
    agreement {
      overall {
        alpha
        exact
        adjacent
      }
      byCriterion {
        criterionId
        alpha
        exact
        adjacent
      }
      byEssay {
        essayId
        alpha
        exact
        adjacent
      }
      cells {
        ...CalibrationCellFields
      }
      disputed {
        ...CalibrationCellFields
      }
    }
  }
`);

export const CalibrationRoundQuery = graphql(`
  query CalibrationRound($id: ID!) {
    calibrationRound(id: $id) {
      ...CalibrationRoundFields
    }
  }
`);

export const CalibrationEssayCandidatesQuery = graphql(`
  query CalibrationEssayCandidates($groupId: ID!) {
    calibrationEssayCandidates(groupId: $groupId) {
      id
      body
      exchangeTitle
      offeredAt
    }
  }
`);

export const CreateCalibrationRoundMutation = graphql(`
  mutation CreateCalibrationRound($input: CreateCalibrationRoundInput!) {
    createCalibrationRound(input: $input) {
      id
    }
  }
`);

export const SubmitCalibrationScoresMutation = graphql(`
  mutation SubmitCalibrationScores($input: SubmitCalibrationScoresInput!) {
    submitCalibrationScores(input: $input) {
      id
      myScores {
        criterionId
        points
      }
    }
  }
`);

export const RevealCalibrationRoundMutation = graphql(`
  mutation RevealCalibrationRound($id: ID!) {
    revealCalibrationRound(id: $id) {
      id
      status
      revealedAt
    }
  }
`);

export const CommentOnCalibrationCellMutation = graphql(`
  mutation CommentOnCalibrationCell($input: CalibrationCommentInput!) {
    commentOnCalibrationCell(input: $input) {
      id
      body
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

export const AgreeCalibrationScoreMutation = graphql(`
  mutation AgreeCalibrationScore($input: AgreeCalibrationScoreInput!) {
    agreeCalibrationScore(input: $input) {
      id
      status
      agreedAt
      essays {
        id
        agreed {
          criterionId
          points
          rationale
          agreedAt
          agreedBy {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const AnchorPapersQuery = graphql(`
  query AnchorPapers($rubricId: ID!) {
    anchorPapers(rubricId: $rubricId) {
      essayId
      roundTitle
      position
      body
      agreedAt
      agreed {
        criterionId
        points
        rationale
      }
    }
  }
`);

export const OfferEssayForCalibrationMutation = graphql(`
  mutation OfferEssayForCalibration($submissionId: ID!) {
    offerEssayForCalibration(submissionId: $submissionId) {
      id
      offeredAt
    }
  }
`);
