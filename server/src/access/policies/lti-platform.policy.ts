import { ADULTS, COORDINATORS, definePolicy, type Facts } from '../policy.js';

/** A person's place in the platform's network: only their role matters. */
export type LtiPlatformFacts = Facts;

/**
 * LMS platforms (LTI 1.3) a network has registered: coordinators connect and change them, the
 * network's adults may see which exist. Launches themselves are decided by the platform's signed
 * token, not by this table (docs/integrations.md).
 */
export const ltiPlatformPolicy = definePolicy<LtiPlatformFacts, LtiPlatformAction>(
  'LMS platform (LTI)',
  'people outside the network (its id answers like an unknown id)',
  {
    read: {
      does: "see the network's LMS platforms and Switchback's values to paste into them",
      allow: [{ roles: ADULTS }],
      denied: 'Only the adults of the network can see its LMS connections.',
    },
    manage: {
      does: 'register, change and remove an LMS platform',
      allow: [{ roles: COORDINATORS }],
      denied: 'Only a network coordinator can connect an LMS.',
    },
  },
);

export type LtiPlatformAction = 'read' | 'manage';
