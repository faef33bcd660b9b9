import { ADULTS, COORDINATORS, definePolicy, type Facts } from '../policy.js';

/** What decides who may change how people sign in: the network (coordinators) and one class (its teacher). */
export interface SignInFacts extends Facts {
  /** The class's own teacher (for a class's setting). */
  teacher?: boolean;
  /** An administrator of the class's school. */
  sameSchool?: boolean;
}

/** Sign in with Google / Microsoft: the provider's secrets are server configuration, never in this table's reach. */
export const signInPolicy = definePolicy<SignInFacts, SignInAction>(
  'Sign-in providers',
  'people with no active membership of the network',
  {
    configure: {
      does: "see and change the network's sign-in providers and its schools' email domains",
      allow: [{ roles: COORDINATORS }],
      denied: 'Only a network coordinator can change how people sign in.',
    },
    setClass: {
      does: 'set a class to sign in with school Google or Microsoft accounts',
      allow: [
        { roles: ADULTS, when: "the class's teacher", test: (f) => f.teacher === true },
        {
          roles: ['ADMINISTRATOR'],
          when: "an administrator of the class's school",
          test: (f) => f.sameSchool === true,
        },
      ],
      denied: "Only the class's teacher can change how its students sign in.",
    },
  },
);

export type SignInAction = 'configure' | 'setClass';
