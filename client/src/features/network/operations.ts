import { graphql } from '../../gql';

export const NetworkShellQuery = graphql(`
  query NetworkShell($slug: String!) {
    network(slug: $slug) {
      id
      slug
      name
      description
      viewerMembership {
        id
        role
        status
        subjects
        gradeLevels
        schoolId
        school {
          id
          name
        }
      }
      schools {
        id
        name
        state
        locality
        timeZone
      }
    }
  }
`);
