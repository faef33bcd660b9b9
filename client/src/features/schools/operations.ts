import { graphql } from '../../gql';

export const CreateSchoolMutation = graphql(`
  mutation CreateSchool($input: CreateSchoolInput!) {
    createSchool(input: $input) {
      id
      name
      state
      locality
      timeZone
    }
  }
`);

export const UpdateSchoolMutation = graphql(`
  mutation UpdateSchool($input: UpdateSchoolInput!) {
    updateSchool(input: $input) {
      id
      name
      state
      locality
      timeZone
    }
  }
`);
