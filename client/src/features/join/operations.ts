import { graphql } from '../../gql';

export const JoinClassMutation = graphql(`
  mutation JoinClass($input: JoinClassInput!) {
    joinClass(input: $input) {
      user {
        id
      }
      class {
        id
        name
        networkId
      }
    }
  }
`);
