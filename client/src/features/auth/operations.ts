import { graphql } from '../../gql';

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      displayName
      email
      username
      locale
      digestFrequency
      memberships {
        id
        role
        status
        subjects
        gradeLevels
        network {
          id
          slug
          name
        }
        school {
          id
          name
          state
          timeZone
        }
      }
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      user {
        id
      }
    }
  }
`);

export const SetMyLocaleMutation = graphql(`
  mutation SetMyLocale($locale: String!) {
    setMyLocale(locale: $locale)
  }
`);
