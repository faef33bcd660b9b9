import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GroupMember } from '../../server/src/groups/group-member.entity.js';
import { Group } from '../../server/src/groups/group.entity.js';
import {
  addToGroup,
  createGroup,
  createNetwork,
  createPerson,
  signIn,
  type TestNetwork,
} from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';

const GROUP_FIELDS = 'id name focus subject gradeBand role access description primeFocus archivedAt memberCount';
const CREATE = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { ${GROUP_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateGroupInput!) { updateGroup(input: $input) { ${GROUP_FIELDS} } }`;
const ARCHIVE = `mutation($groupId: ID!) { archiveGroup(groupId: $groupId) { id archivedAt } }`;
const JOIN = `mutation($groupId: ID!) { joinGroup(groupId: $groupId) { id userId groupId role status } }`;
const LEAVE = `mutation($groupId: ID!) { leaveGroup(groupId: $groupId) }`;
const DECIDE = `mutation($input: DecideJoinRequestInput!) { decideJoinRequest(input: $input) { id userId role status } }`;
const APPOINT = `mutation($input: AppointFacilitatorInput!) { appointFacilitator(input: $input) { id userId role status } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;
const GROUP = `query($id: ID!) {
  group(id: $id) {
    ${GROUP_FIELDS}
    members { userId role status member { role school { name } user { displayName } } }
    viewerMember { role status }
    pendingRequests { userId status user { displayName } }
  }
}`;
const GROUPS = `query($networkId: ID!, $filter: GroupsFilter, $first: Int, $after: String) {
  groups(networkId: $networkId, filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id name }
  }
}`;
const NOTIFICATIONS = `{ notifications(first: 50) { totalCount nodes { kind text groupId readAt } } unreadNotificationCount }`;

interface GroupNode {
  id: string;
  name: string;
  focus: string;
  subject: string | null;
  gradeBand: string | null;
  role: string | null;
  access: string;
  description: string;
  primeFocus: string;
  archivedAt: string | null;
  memberCount: number;
}
interface GroupPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { id: string; name: string }[];
}
interface GroupDetail extends GroupNode {
  members: {
    userId: string;
    role: string;
    status: string;
    member: { role: string; school: { name: string } | null; user: { displayName: string } } | null;
  }[];
  viewerMember: { role: string; status: string } | null;
  pendingRequests: { userId: string; status: string; user: { displayName: string } }[];
}
interface MemberRow {
  id: string;
  userId: string;
  groupId?: string;
  role: string;
  status: string;
}
interface NotificationsResult {
  notifications: {
    totalCount: number;
    nodes: { kind: string; text: string; groupId: string | null; readAt: string | null }[];
  };
  unreadNotificationCount: number;
}

describe('groups lifecycle', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  async function personWithToken(net: TestNetwork, role: 'COORDINATOR' | 'TEACHER' | 'ADMINISTRATOR', name?: string) {
    const person = await createPerson(server.db, net, role, { name });
    return { person, token: await signIn(server, person.login) };
  }
  const createGroupAs = (token: string, input: Record<string, unknown>) =>
    server.gql<{ createGroup: GroupNode }>(CREATE, { input }, { token });
  const groupAs = (token: string, id: string) => server.gql<{ group: GroupDetail }>(GROUP, { id }, { token });
  const groupsAs = (token: string, networkId: string, args: Record<string, unknown> = {}) =>
    server.gql<{ groups: GroupPage }>(GROUPS, { networkId, ...args }, { token });
  const names = (page: GroupPage | undefined) => (page?.nodes ?? []).map((n) => n.name);
  const notificationsOf = (token: string) => server.gql<NotificationsResult>(NOTIFICATIONS, {}, { token });

  it('coordinator-creates-subject-grade-band-and-role-groups', async () => {
    const net = await createNetwork(server.db);
    const { token } = await personWithToken(net, 'COORDINATOR');
    const facilitator = await createPerson(server.db, net, 'TEACHER');

    const subject = await createGroupAs(token, {
      networkId: net.network.id,
      name: '  Math teachers  ',
      focus: 'SUBJECT',
      subject: 'Mathematics',
      primeFocus: 'CURRICULUM',
      description: 'Algebra across our schools',
      facilitatorIds: [facilitator.user.id],
    });
    expect(subject.errors).toBeUndefined();
    expect(subject.data?.createGroup).toMatchObject({
      name: 'Math teachers',
      focus: 'SUBJECT',
      subject: 'Mathematics',
      gradeBand: null,
      role: null,
      access: 'OPEN',
      description: 'Algebra across our schools',
      primeFocus: 'CURRICULUM',
      archivedAt: null,
      memberCount: 1,
    });

    // Fields of other focuses are not kept.
    const band = await createGroupAs(token, {
      networkId: net.network.id,
      name: 'High school',
      focus: 'GRADE_BAND',
      gradeBand: '9-12',
      subject: 'Ignored',
      primeFocus: 'PEDAGOGY',
      access: 'CLOSED',
    });
    expect(band.errors).toBeUndefined();
    expect(band.data?.createGroup).toMatchObject({
      focus: 'GRADE_BAND',
      gradeBand: '9-12',
      subject: null,
      access: 'CLOSED',
    });

    const role = await createGroupAs(token, {
      networkId: net.network.id,
      name: 'Principals',
      focus: 'ROLE',
      role: 'ADMINISTRATOR',
      primeFocus: 'EVALUATION',
    });
    expect(role.errors).toBeUndefined();
    expect(role.data?.createGroup).toMatchObject({
      focus: 'ROLE',
      role: 'ADMINISTRATOR',
      subject: null,
      memberCount: 0,
    });

    const stored = await server.db.getRepository(Group).findBy({ networkId: net.network.id });
    expect(stored.map((g) => g.name).sort()).toEqual(['High school', 'Math teachers', 'Principals']);
    const facilitators = await server.db.getRepository(GroupMember).findBy({ groupId: subject.data!.createGroup.id });
    expect(facilitators.map((f) => [f.userId, f.role, f.status])).toEqual([
      [facilitator.user.id, 'FACILITATOR', 'ACTIVE'],
    ]);
  });

  it('a-group-needs-what-its-focus-names-and-a-name-of-its-own', async () => {
    const net = await createNetwork(server.db);
    const { token } = await personWithToken(net, 'COORDINATOR');
    const base = { networkId: net.network.id, primeFocus: 'PEDAGOGY' };

    const noSubject = await createGroupAs(token, { ...base, name: 'Subjectless', focus: 'SUBJECT' });
    expect(errorCode(noSubject)).toBe('BAD_USER_INPUT');
    expect(noSubject.errors?.[0].extensions?.fieldErrors).toHaveProperty('subject');
    const noBand = await createGroupAs(token, { ...base, name: 'Bandless', focus: 'GRADE_BAND' });
    expect(noBand.errors?.[0].extensions?.fieldErrors).toHaveProperty('gradeBand');
    const badBand = await createGroupAs(token, { ...base, name: 'Odd band', focus: 'GRADE_BAND', gradeBand: '7-9' });
    expect(badBand.errors?.[0].extensions?.fieldErrors).toHaveProperty('gradeBand');
    const noRole = await createGroupAs(token, { ...base, name: 'Roleless', focus: 'ROLE' });
    expect(noRole.errors?.[0].extensions?.fieldErrors).toHaveProperty('role');
    const studentRole = await createGroupAs(token, { ...base, name: 'Students', focus: 'ROLE', role: 'STUDENT' });
    expect(errorCode(studentRole)).toBe('BAD_USER_INPUT');

    const first = await createGroupAs(token, { ...base, name: 'Science', focus: 'SUBJECT', subject: 'Science' });
    expect(first.errors).toBeUndefined();
    const again = await createGroupAs(token, { ...base, name: 'Science', focus: 'SUBJECT', subject: 'Biology' });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0].extensions?.fieldErrors).toHaveProperty('name');
    expect(await server.db.getRepository(Group).countBy({ networkId: net.network.id })).toBe(1);

    // The same name is fine in another network.
    const other = await createNetwork(server.db);
    const { token: otherToken } = await personWithToken(other, 'COORDINATOR');
    const elsewhere = await createGroupAs(otherToken, {
      ...base,
      networkId: other.network.id,
      name: 'Science',
      focus: 'SUBJECT',
      subject: 'Science',
    });
    expect(elsewhere.errors).toBeUndefined();
  });

  it('facilitators-must-be-adults-of-the-network', async () => {
    const net = await createNetwork(server.db);
    const other = await createNetwork(server.db);
    const { token } = await personWithToken(net, 'COORDINATOR');
    const student = await createPerson(server.db, net, 'STUDENT');
    const outsider = await createPerson(server.db, other, 'TEACHER');
    for (const person of [student, outsider]) {
      const res = await createGroupAs(token, {
        networkId: net.network.id,
        name: `Group for ${person.login}`,
        focus: 'SUBJECT',
        subject: 'Art',
        primeFocus: 'PEDAGOGY',
        facilitatorIds: [person.user.id],
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fieldErrors).toHaveProperty('facilitatorIds');
    }
    expect(await server.db.getRepository(Group).countBy({ networkId: net.network.id })).toBe(0);
  });

  it('teacher-can-neither-create-nor-archive-groups', async () => {
    const net = await createNetwork(server.db);
    const { person: teacher, token } = await personWithToken(net, 'TEACHER');
    const group = await createGroup(server.db, net);
    await addToGroup(server.db, group, teacher, { role: 'FACILITATOR' });

    const created = await createGroupAs(token, {
      networkId: net.network.id,
      name: 'My own group',
      focus: 'SUBJECT',
      subject: 'Art',
      primeFocus: 'PEDAGOGY',
    });
    expect(errorCode(created)).toBe('FORBIDDEN');
    expect(created.data).toBeNull();
    // Not even a facilitator of the group may archive it.
    const archived = await server.gql(ARCHIVE, { groupId: group.id }, { token });
    expect(errorCode(archived)).toBe('FORBIDDEN');
    expect(await server.db.getRepository(Group).countBy({ networkId: net.network.id })).toBe(1);
    expect((await server.db.getRepository(Group).findOneByOrFail({ id: group.id })).archivedAt).toBeNull();
  });

  it('facilitator-updates-description-and-access-but-a-plain-member-cannot', async () => {
    const net = await createNetwork(server.db);
    const { person: facilitator, token: facilitatorToken } = await personWithToken(net, 'TEACHER');
    const { person: member, token: memberToken } = await personWithToken(net, 'TEACHER');
    const group = await createGroup(server.db, net, { name: 'Readers', description: 'Before' });
    await addToGroup(server.db, group, facilitator, { role: 'FACILITATOR' });
    await addToGroup(server.db, group, member);

    const updated = await server.gql<{ updateGroup: GroupNode }>(
      UPDATE,
      { input: { id: group.id, description: 'After', access: 'CLOSED' } },
      { token: facilitatorToken },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateGroup).toMatchObject({ name: 'Readers', description: 'After', access: 'CLOSED' });

    const refused = await server.gql(
      UPDATE,
      { input: { id: group.id, description: 'Hijacked', access: 'OPEN' } },
      { token: memberToken },
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(await server.db.getRepository(Group).findOneByOrFail({ id: group.id })).toMatchObject({
      description: 'After',
      access: 'CLOSED',
    });
  });

  it('coordinator-appoints-a-member-as-facilitator-who-can-then-edit-the-group', async () => {
    const net = await createNetwork(server.db);
    const { token: coordinatorToken } = await personWithToken(net, 'COORDINATOR');
    const { person: teacher, token: teacherToken } = await personWithToken(net, 'TEACHER');
    const group = await createGroup(server.db, net);
    await addToGroup(server.db, group, teacher);

    // A teacher cannot appoint themselves.
    const selfAppointed = await server.gql(
      APPOINT,
      { input: { groupId: group.id, userId: teacher.user.id } },
      { token: teacherToken },
    );
    expect(errorCode(selfAppointed)).toBe('FORBIDDEN');

    const appointed = await server.gql<{ appointFacilitator: MemberRow }>(
      APPOINT,
      { input: { groupId: group.id, userId: teacher.user.id } },
      { token: coordinatorToken },
    );
    expect(appointed.errors).toBeUndefined();
    expect(appointed.data?.appointFacilitator).toMatchObject({
      userId: teacher.user.id,
      role: 'FACILITATOR',
      status: 'ACTIVE',
    });
    expect(await server.db.getRepository(GroupMember).countBy({ groupId: group.id })).toBe(1);

    const edit = await server.gql<{ updateGroup: GroupNode }>(
      UPDATE,
      { input: { id: group.id, description: 'Now facilitated' } },
      { token: teacherToken },
    );
    expect(edit.data?.updateGroup.description).toBe('Now facilitated');
    const view = await groupAs(teacherToken, group.id);
    expect(view.data?.group.viewerMember).toEqual({ role: 'FACILITATOR', status: 'ACTIVE' });
  });

  it('joining-an-open-group-makes-you-an-active-member-listed-in-mine', async () => {
    const net = await createNetwork(server.db);
    const { person: teacher, token } = await personWithToken(net, 'TEACHER');
    const open = await createGroup(server.db, net, { name: 'Open math' });
    await createGroup(server.db, net, { name: 'Someone else’s group' });

    expect((await groupsAs(token, net.network.id, { filter: { mine: true } })).data?.groups.totalCount).toBe(0);
    const joined = await server.gql<{ joinGroup: MemberRow }>(JOIN, { groupId: open.id }, { token });
    expect(joined.errors).toBeUndefined();
    expect(joined.data?.joinGroup).toMatchObject({
      userId: teacher.user.id,
      groupId: open.id,
      role: 'MEMBER',
      status: 'ACTIVE',
    });
    // Joining twice is harmless.
    const again = await server.gql<{ joinGroup: MemberRow }>(JOIN, { groupId: open.id }, { token });
    expect(again.data?.joinGroup.id).toBe(joined.data?.joinGroup.id);

    const mine = await groupsAs(token, net.network.id, { filter: { mine: true } });
    expect(mine.errors).toBeUndefined();
    expect(names(mine.data?.groups)).toEqual(['Open math']);
    expect(mine.data?.groups.totalCount).toBe(1);
    const view = await groupAs(token, open.id);
    expect(view.data?.group).toMatchObject({ memberCount: 1, viewerMember: { role: 'MEMBER', status: 'ACTIVE' } });
    expect(view.errors).toBeUndefined();
    expect(view.data?.group.members).toEqual([
      {
        userId: teacher.user.id,
        role: 'MEMBER',
        status: 'ACTIVE',
        member: {
          role: 'TEACHER',
          school: { name: net.schools[0].name },
          user: { displayName: teacher.user.displayName },
        },
      },
    ]);
  });

  it('closed-group-join-request-notifies-the-facilitator-who-approves-it', async () => {
    const net = await createNetwork(server.db);
    const { person: facilitator, token: facilitatorToken } = await personWithToken(net, 'TEACHER');
    const { person: member, token: memberToken } = await personWithToken(net, 'TEACHER');
    const { person: asker, token: askerToken } = await personWithToken(net, 'TEACHER', 'Ruth Okada');
    const group = await createGroup(server.db, net, { name: 'Closed circle', access: 'CLOSED' });
    await addToGroup(server.db, group, facilitator, { role: 'FACILITATOR' });
    await addToGroup(server.db, group, member);

    const asked = await server.gql<{ joinGroup: MemberRow }>(JOIN, { groupId: group.id }, { token: askerToken });
    expect(asked.errors).toBeUndefined();
    expect(asked.data?.joinGroup).toMatchObject({ userId: asker.user.id, status: 'PENDING', role: 'MEMBER' });

    // A pending request is not membership.
    const mine = await groupsAs(askerToken, net.network.id, { filter: { mine: true } });
    expect(mine.data?.groups.totalCount).toBe(0);
    const askerView = await groupAs(askerToken, group.id);
    expect(askerView.data?.group).toMatchObject({ memberCount: 2, viewerMember: { status: 'PENDING' } });
    expect(askerView.data?.group.pendingRequests).toEqual([]);

    const inbox = await notificationsOf(facilitatorToken);
    expect(inbox.data?.unreadNotificationCount).toBe(1);
    expect(inbox.data?.notifications.nodes).toEqual([
      { kind: 'JOIN_REQUEST', text: 'Ruth Okada asked to join Closed circle', groupId: group.id, readAt: null },
    ]);
    // The plain member is not asked.
    expect((await notificationsOf(memberToken)).data?.unreadNotificationCount).toBe(0);

    const facilitatorView = await groupAs(facilitatorToken, group.id);
    expect(facilitatorView.data?.group.pendingRequests).toEqual([
      { userId: asker.user.id, status: 'PENDING', user: { displayName: 'Ruth Okada' } },
    ]);
    const memberView = await groupAs(memberToken, group.id);
    expect(memberView.errors).toBeUndefined();
    expect(memberView.data?.group.pendingRequests).toEqual([]);

    // Only facilitators decide.
    const byMember = await server.gql(
      DECIDE,
      { input: { groupId: group.id, userId: asker.user.id, approve: true } },
      { token: memberToken },
    );
    expect(errorCode(byMember)).toBe('FORBIDDEN');

    const approved = await server.gql<{ decideJoinRequest: MemberRow }>(
      DECIDE,
      { input: { groupId: group.id, userId: asker.user.id, approve: true } },
      { token: facilitatorToken },
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.decideJoinRequest).toMatchObject({ userId: asker.user.id, status: 'ACTIVE' });

    const askerInbox = await notificationsOf(askerToken);
    expect(askerInbox.data?.notifications.nodes).toEqual([
      { kind: 'JOIN_APPROVED', text: 'You are now a member of Closed circle', groupId: group.id, readAt: null },
    ]);
    expect(askerInbox.data?.unreadNotificationCount).toBe(1);
    expect(names((await groupsAs(askerToken, net.network.id, { filter: { mine: true } })).data?.groups)).toEqual([
      'Closed circle',
    ]);
    expect((await groupAs(facilitatorToken, group.id)).data?.group).toMatchObject({
      memberCount: 3,
      pendingRequests: [],
    });

    // Nothing left to decide.
    const twice = await server.gql(
      DECIDE,
      { input: { groupId: group.id, userId: asker.user.id, approve: true } },
      { token: facilitatorToken },
    );
    expect(errorCode(twice)).toBe('NOT_FOUND');
  });

  it('coordinator-decides-join-requests-too-and-declining-removes-the-request', async () => {
    const net = await createNetwork(server.db);
    const { token: coordinatorToken } = await personWithToken(net, 'COORDINATOR');
    const { person: asker, token: askerToken } = await personWithToken(net, 'TEACHER');
    const group = await createGroup(server.db, net, { access: 'CLOSED' });
    await server.gql(JOIN, { groupId: group.id }, { token: askerToken });
    expect((await groupAs(coordinatorToken, group.id)).data?.group.pendingRequests.map((r) => r.userId)).toEqual([
      asker.user.id,
    ]);

    const declined = await server.gql<{ decideJoinRequest: MemberRow | null }>(
      DECIDE,
      { input: { groupId: group.id, userId: asker.user.id, approve: false } },
      { token: coordinatorToken },
    );
    expect(declined.errors).toBeUndefined();
    expect(declined.data?.decideJoinRequest).toBeNull();
    expect(await server.db.getRepository(GroupMember).countBy({ groupId: group.id })).toBe(0);
    expect((await groupAs(coordinatorToken, group.id)).data?.group.pendingRequests).toEqual([]);
    expect((await groupAs(askerToken, group.id)).data?.group.viewerMember).toBeNull();
    expect((await notificationsOf(askerToken)).data?.notifications.totalCount).toBe(0);

    // They may ask again.
    const again = await server.gql<{ joinGroup: MemberRow }>(JOIN, { groupId: group.id }, { token: askerToken });
    expect(again.data?.joinGroup.status).toBe('PENDING');
  });

  it('leaving-a-group-ends-membership', async () => {
    const net = await createNetwork(server.db);
    const { person: teacher, token } = await personWithToken(net, 'TEACHER');
    const group = await createGroup(server.db, net, { name: 'Leavable' });
    await server.gql(JOIN, { groupId: group.id }, { token });

    const left = await server.gql<{ leaveGroup: boolean }>(LEAVE, { groupId: group.id }, { token });
    expect(left.errors).toBeUndefined();
    expect(left.data?.leaveGroup).toBe(true);
    expect(await server.db.getRepository(GroupMember).countBy({ groupId: group.id, userId: teacher.user.id })).toBe(0);
    expect((await groupsAs(token, net.network.id, { filter: { mine: true } })).data?.groups.totalCount).toBe(0);
    expect((await groupAs(token, group.id)).data?.group).toMatchObject({ memberCount: 0, viewerMember: null });
    // Leaving a group you are not in changes nothing.
    expect((await server.gql<{ leaveGroup: boolean }>(LEAVE, { groupId: group.id }, { token })).data?.leaveGroup).toBe(
      false,
    );
  });

  it('archived-group-refuses-joining-and-posting-and-leaves-the-list', async () => {
    const net = await createNetwork(server.db);
    const { token: coordinatorToken } = await personWithToken(net, 'COORDINATOR');
    const { person: member, token: memberToken } = await personWithToken(net, 'TEACHER');
    const { token: newcomerToken } = await personWithToken(net, 'TEACHER');
    const group = await createGroup(server.db, net, { name: 'Old group' });
    await addToGroup(server.db, group, member);

    const archived = await server.gql<{ archiveGroup: { id: string; archivedAt: string | null } }>(
      ARCHIVE,
      { groupId: group.id },
      { token: coordinatorToken },
    );
    expect(archived.errors).toBeUndefined();
    expect(archived.data?.archiveGroup.archivedAt).toEqual(expect.any(String));

    const join = await server.gql(JOIN, { groupId: group.id }, { token: newcomerToken });
    expect(errorCode(join)).toBe('FORBIDDEN');
    const post = await server.gql(
      CREATE_POST,
      { input: { groupId: group.id, kind: 'QUESTION', body: 'Anyone here?' } },
      { token: memberToken },
    );
    expect(errorCode(post)).toBe('FORBIDDEN');
    expect(await server.db.getRepository(GroupMember).countBy({ groupId: group.id })).toBe(1);

    expect((await groupsAs(memberToken, net.network.id)).data?.groups.totalCount).toBe(0);
    const withArchived = await groupsAs(memberToken, net.network.id, { filter: { includeArchived: true } });
    expect(names(withArchived.data?.groups)).toEqual(['Old group']);
    // Still readable by its members.
    expect((await groupAs(memberToken, group.id)).data?.group.archivedAt).toEqual(expect.any(String));
  });

  it('groups-filter-by-search-focus-subject-and-grade-band', async () => {
    const net = await createNetwork(server.db);
    const { token } = await personWithToken(net, 'TEACHER');
    await createGroup(server.db, net, { name: 'Algebra circle', subject: 'Mathematics', description: 'Equations' });
    await createGroup(server.db, net, { name: 'Lab science', subject: 'Science', description: 'Labs and algebra' });
    await createGroup(server.db, net, { name: 'Middle grades', focus: 'GRADE_BAND', gradeBand: '6-8' });
    await createGroup(server.db, net, { name: 'High school', focus: 'GRADE_BAND', gradeBand: '9-12' });
    await createGroup(server.db, net, { name: 'Teachers 100%', focus: 'ROLE', role: 'TEACHER' });
    // Another network's groups never show.
    await createGroup(server.db, await createNetwork(server.db), { name: 'Algebra elsewhere' });

    const all = await groupsAs(token, net.network.id);
    expect(all.errors).toBeUndefined();
    expect(names(all.data?.groups)).toEqual([
      'Algebra circle',
      'High school',
      'Lab science',
      'Middle grades',
      'Teachers 100%',
    ]);
    // Search looks at names and descriptions, case-insensitively.
    expect(names((await groupsAs(token, net.network.id, { filter: { search: ' ALGEBRA ' } })).data?.groups)).toEqual([
      'Algebra circle',
      'Lab science',
    ]);
    expect(names((await groupsAs(token, net.network.id, { filter: { search: '100%' } })).data?.groups)).toEqual([
      'Teachers 100%',
    ]);
    expect((await groupsAs(token, net.network.id, { filter: { search: '%' } })).data?.groups.nodes).toHaveLength(1);
    expect(names((await groupsAs(token, net.network.id, { filter: { focus: 'GRADE_BAND' } })).data?.groups)).toEqual([
      'High school',
      'Middle grades',
    ]);
    expect(names((await groupsAs(token, net.network.id, { filter: { subject: 'mathematics' } })).data?.groups)).toEqual(
      ['Algebra circle'],
    );
    expect(names((await groupsAs(token, net.network.id, { filter: { gradeBand: '9-12' } })).data?.groups)).toEqual([
      'High school',
    ]);
    const combined = await groupsAs(token, net.network.id, { filter: { focus: 'SUBJECT', search: 'labs' } });
    expect(names(combined.data?.groups)).toEqual(['Lab science']);
    expect(combined.data?.groups.totalCount).toBe(1);
    const bad = await groupsAs(token, net.network.id, { filter: { gradeBand: '7-9' } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('groups-pages-cover-every-group-once-in-name-order', async () => {
    const net = await createNetwork(server.db);
    const { token } = await personWithToken(net, 'TEACHER');
    const created: Group[] = [];
    // Names differing only in case put equal sort keys across page boundaries.
    for (let i = 0; i < 7; i++) {
      created.push(
        await createGroup(server.db, net, {
          name: `${i % 2 ? 'group' : 'Group'} ${String.fromCharCode(97 + Math.floor(i / 2))}`,
        }),
      );
    }

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 4; page++) {
      const res: Awaited<ReturnType<typeof groupsAs>> = await groupsAs(token, net.network.id, { first: 3, after });
      expect(res.errors).toBeUndefined();
      const groups = res.data!.groups;
      expect(groups.totalCount).toBe(7);
      seen.push(...groups.nodes.map((n) => n.id));
      expect(groups.nodes).toHaveLength(page < 2 ? 3 : 1);
      expect(groups.pageInfo.hasNextPage).toBe(page < 2);
      after = groups.pageInfo.endCursor;
      if (!groups.pageInfo.hasNextPage) break;
    }
    expect(seen).toHaveLength(7);
    expect([...seen].sort()).toEqual(created.map((g) => g.id).sort());
    const byId = new Map(created.map((g) => [g.id, g.name.toLowerCase()]));
    const ordered = seen.map((id) => byId.get(id)!);
    expect(ordered).toEqual([...ordered].sort());

    for (const first of [0, 101]) {
      const res = await groupsAs(token, net.network.id, { first });
      expect(res.errors?.[0].extensions?.fieldErrors).toHaveProperty('first');
    }
    expect(errorCode(await groupsAs(token, net.network.id, { after: 'garbage' }))).toBe('BAD_USER_INPUT');
  });
});
