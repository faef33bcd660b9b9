import { graphql } from '../../../gql';

export const CalibrationEssayFields = graphql(`
  fragment CalibrationEssayFields on StudentCalibrationEssay {
    essayId
    position
    body
    tries
    secondTryOpen
    done
    accuracy
    comparison {
      criterionId
      title
      yours
      yourLabel
      agreed
      agreedLabel
      rationale
      levelsAway
    }
  }
`);

export const StudentCalibrationQuery = graphql(`
  query StudentCalibration($exchangeId: ID!) {
    studentCalibration(exchangeId: $exchangeId) {
      exchangeId
      on
      canPractise
      finished
      accuracy
      essays {
        ...CalibrationEssayFields
      }
    }
  }
`);

export const SubmitCalibrationPracticeMutation = graphql(`
  mutation SubmitCalibrationPractice($input: CalibrationPracticeInput!) {
    submitCalibrationPractice(input: $input) {
      ...CalibrationEssayFields
    }
  }
`);

export const CalibrationChoiceQuery = graphql(`
  query CalibrationChoice($id: ID!) {
    exchange(id: $id) {
      id
      calibration {
        on
        anchorCount
        anchorEssayIds
      }
      availableAnchorPapers {
        essayId
        label
        body
        agreed {
          criterionId
          title
          levelLabel
          rationale
        }
      }
    }
  }
`);

export const CalibrateForExchangeMutation = graphql(`
  mutation CalibrateForExchange($input: CalibrateForExchangeInput!) {
    calibrateForExchange(input: $input) {
      id
      calibration {
        on
        anchorCount
        anchorEssayIds
      }
    }
  }
`);

export const CalibrationResultsFields = graphql(`
  fragment CalibrationResultsFields on CalibrationResults {
    anchorCount
    reviewers {
      label
      isMine
      essaysScored
      accuracy
      calibrated
    }
    essays {
      label
      isMine
      mean
      weightedMean
      scores {
        reviewerLabel
        score
        accuracy
        outlier
      }
    }
  }
`);
