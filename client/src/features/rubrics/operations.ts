import { graphql } from '../../gql';

export const RubricFields = graphql(`
  fragment RubricFields on Rubric {
    id
    title
    description
    version
    rootId
    lockedAt
    viewerIsOwner
    maxScore
    updatedAt
    owner {
      id
      displayName
    }
    sharedWithGroup {
      id
      name
    }
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
`);

export const RubricsQuery = graphql(`
  query Rubrics($networkId: ID!) {
    rubrics(networkId: $networkId) {
      ...RubricFields
    }
  }
`);

export const RubricQuery = graphql(`
  query Rubric($id: ID!) {
    rubric(id: $id) {
      ...RubricFields
    }
  }
`);

export const CreateRubricMutation = graphql(`
  mutation CreateRubric($input: CreateRubricInput!) {
    createRubric(input: $input) {
      ...RubricFields
    }
  }
`);

export const UpdateRubricMutation = graphql(`
  mutation UpdateRubric($input: UpdateRubricInput!) {
    updateRubric(input: $input) {
      ...RubricFields
    }
  }
`);

export const DuplicateRubricMutation = graphql(`
  mutation DuplicateRubric($id: ID!) {
    duplicateRubric(id: $id) {
      ...RubricFields
    }
  }
`);

export const ShareRubricMutation = graphql(`
  mutation ShareRubric($rubricId: ID!, $groupId: ID) {
    shareRubric(rubricId: $rubricId, groupId: $groupId) {
      ...RubricFields
    }
  }
`);
