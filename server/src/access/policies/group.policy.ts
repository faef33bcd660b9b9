import type { GroupAccess } from '@switchback/shared';
import { ADULTS, COORDINATORS, definePolicy, type Facts } from '../policy.js';

/** What decides a person's access to a job-alike group. */
export interface GroupFacts extends Facts {
  access: GroupAccess;
  archived: boolean;
  /** The person's place in the group: none, a pending request, or active as member or facilitator. */
  place: 'NONE' | 'PENDING' | 'MEMBER' | 'FACILITATOR';
}

const active = (f: GroupFacts) => f.place === 'MEMBER' || f.place === 'FACILITATOR';

/** Groups are for the network's adults; students and other networks never learn they exist. */
export const groupPolicy = definePolicy<GroupFacts, GroupAction>(
  'Job-alike group',
  'students, and people outside the network',
  {
    read: {
      does: "see the group's name, members and goals",
      allow: [{ roles: ADULTS }],
      denied: 'Only the adults of the network can see groups.',
    },
    readStream: {
      does: "read the group's posts, goals and activity (live too)",
      allow: [
        { roles: COORDINATORS },
        { roles: ADULTS, when: 'the group is open', test: (f) => f.access === 'OPEN' },
        { roles: ADULTS, when: 'an active member', test: active },
      ],
      denied: 'This group is closed: ask to join to read its posts.',
    },
    join: {
      does: 'join an open group, or ask to join a closed one',
      allow: [{ roles: ADULTS, when: 'the group is not archived', test: (f) => !f.archived }],
      denied: 'This group is archived.',
    },
    participate: {
      does: "post, reply, set goals and check in; write the group's units",
      allow: [
        {
          roles: ADULTS,
          when: 'an active member, and the group is not archived',
          test: (f) => active(f) && !f.archived,
        },
      ],
      denied: (f) => (f.archived ? 'This group is archived: it is read-only now.' : 'Join the group to take part.'),
    },
    facilitate: {
      does: 'edit the group, decide join requests, moderate posts',
      allow: [
        { roles: COORDINATORS },
        { roles: ADULTS, when: 'a facilitator of the group', test: (f) => f.place === 'FACILITATOR' },
      ],
      denied: "Only the group's facilitators can do that.",
    },
    archive: {
      does: 'archive the group',
      allow: [{ roles: COORDINATORS }],
      denied: 'Only a network coordinator can archive groups.',
    },
    appointFacilitators: {
      does: 'appoint facilitators',
      allow: [{ roles: COORDINATORS }],
      denied: 'Only a network coordinator can appoint facilitators.',
    },
  },
);

export type GroupAction =
  'read' | 'readStream' | 'join' | 'participate' | 'facilitate' | 'archive' | 'appointFacilitators';
