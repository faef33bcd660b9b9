import { graphql } from '../../gql';

export const SignInProviderOptionsQuery = graphql(`
  query SignInProviderOptions {
    signInProviderOptions {
      provider
      label
    }
  }
`);

/** What the sign-in settings page shows; the query and both mutations answer with it. */
export const SignInProviderSettingsFields = graphql(`
  fragment SignInProviderSettingsFields on SignInProviderSettings {
    networkId
    providers {
      provider
      label
      configured
      enabled
      redirectUri
      envVariables
    }
    schools {
      schoolId
      schoolName
      domains
    }
  }
`);

export const SignInProvidersQuery = graphql(`
  query SignInProviders($networkId: ID!) {
    signInProviders(networkId: $networkId) {
      ...SignInProviderSettingsFields
    }
  }
`);

export const SetSignInProviderMutation = graphql(`
  mutation SetSignInProvider($input: SetSignInProviderInput!) {
    setSignInProvider(input: $input) {
      ...SignInProviderSettingsFields
    }
  }
`);

export const SetSchoolEmailDomainsMutation = graphql(`
  mutation SetSchoolEmailDomains($input: SetSchoolEmailDomainsInput!) {
    setSchoolEmailDomains(input: $input) {
      networkId
      schools {
        schoolId
        schoolName
        domains
      }
    }
  }
`);

export const ClassSignInProviderQuery = graphql(`
  query ClassSignInProvider($classId: ID!) {
    classSignInProvider(classId: $classId) {
      classId
      provider
      available
    }
  }
`);

export const SetClassSignInProviderMutation = graphql(`
  mutation SetClassSignInProvider($input: SetClassSignInProviderInput!) {
    setClassSignInProvider(input: $input) {
      classId
      provider
      available
    }
  }
`);

export const MySchoolAccountsQuery = graphql(`
  query MySchoolAccounts($networkId: ID!) {
    mySchoolAccounts(networkId: $networkId) {
      provider
      label
      linked
    }
  }
`);
