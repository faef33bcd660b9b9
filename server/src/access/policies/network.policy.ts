import { ADULTS, COORDINATORS, definePolicy, EVERYONE, type Facts } from '../policy.js';

/** A person's place in a network: only their role matters at this level. */
export type NetworkFacts = Facts;

/** What a network's members may do in the network as a whole. */
export const networkPolicy = definePolicy<NetworkFacts, NetworkAction>(
  'Network',
  'people with no active membership of the network (its id answers like an unknown id)',
  {
    read: {
      does: 'see the network, its schools, the library and their own classes',
      allow: [{ roles: EVERYONE }],
      denied: 'You are not a member of this network.',
    },
    browseAdults: {
      does: 'find job-alikes, see groups and rubrics, browse the adults of the network',
      allow: [{ roles: ADULTS }],
      denied: 'Only the adults of the network can do that.',
    },
    findIsolated: {
      does: 'see members who are in no active group',
      allow: [{ roles: COORDINATORS }],
      denied: 'Only a network coordinator can see isolated members.',
    },
    manageSchools: {
      does: 'add and change schools',
      allow: [{ roles: COORDINATORS }],
      denied: 'Only a network coordinator can do that.',
    },
    createGroups: {
      does: 'create job-alike groups',
      allow: [{ roles: COORDINATORS }],
      denied: 'Only a network coordinator can create groups.',
    },
    proposeGroups: {
      does: 'propose a job-alike group, inviting their job-alikes',
      allow: [{ roles: ['TEACHER', 'ADMINISTRATOR'] }],
      denied: 'Only teachers and principals can propose groups.',
    },
    configureGroups: {
      does: 'decide whether teachers may start groups without approval',
      allow: [{ roles: COORDINATORS }],
      denied: 'Only a network coordinator can change how groups are started.',
    },
    manageMembers: {
      does: "change people's roles, schools and status",
      allow: [{ roles: COORDINATORS }],
      denied: 'Only a network coordinator can do that.',
    },
    invite: {
      does: 'invite people (principals: to their own school)',
      allow: [{ roles: ['COORDINATOR', 'ADMINISTRATOR'] }],
      denied: 'Only coordinators and administrators can do that.',
    },
    teach: {
      does: 'create classes and peer-feedback exchanges',
      allow: [{ roles: ['TEACHER', 'ADMINISTRATOR'] }],
      denied: 'Only teachers and administrators can do that.',
    },
    studentData: {
      does: "export or delete one student's data (principals: students of their own school only)",
      allow: [{ roles: ['COORDINATOR', 'ADMINISTRATOR'] }],
      denied: "Only the student's principal or a network coordinator can export or delete a student's data.",
    },
    planConvenings: {
      does: 'create and plan convenings',
      allow: [{ roles: COORDINATORS }],
      denied: 'Only a network coordinator can plan convenings.',
    },
    readHealth: {
      does: 'see network health and its exports',
      allow: [{ roles: COORDINATORS }],
      denied: 'Only a network coordinator can see the network health.',
    },
    readOutbox: {
      does: "read the network's outbox (never credentials or personal mail)",
      allow: [{ roles: COORDINATORS }],
      denied: 'Only a network coordinator can do that.',
    },
    readAudit: {
      does: "read the network's audit log",
      allow: [{ roles: COORDINATORS }],
      denied: 'Only a network coordinator can read the audit log.',
    },
    importRoster: {
      does: 'import schools, classes, teachers, students and enrollments from OneRoster CSV files (Clever, ClassLink)',
      allow: [{ roles: COORDINATORS }],
      denied: 'Only a network coordinator can import rosters.',
    },
  },
);

export type NetworkAction =
  | 'read'
  | 'browseAdults'
  | 'findIsolated'
  | 'manageSchools'
  | 'createGroups'
  | 'proposeGroups'
  | 'configureGroups'
  | 'manageMembers'
  | 'invite'
  | 'teach'
  | 'studentData'
  | 'planConvenings'
  | 'readHealth'
  | 'readOutbox'
  | 'readAudit'
  | 'importRoster';
