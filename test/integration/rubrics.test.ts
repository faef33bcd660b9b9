import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RUBRIC_LIMITS } from '@switchback/shared';
import { Rubric } from '../../server/src/feedback/rubric.entity.js';
import {
  addToGroup,
  createGroup,
  createNetwork,
  createPerson,
  signIn,
  type TestNetwork,
} from '../support/factories.js';
import { errorCode, startServer, type GqlResult, type TestServer } from '../support/harness.js';

const FIELDS = `id networkId title description version rootId lockedAt viewerIsOwner maxScore
  owner { id displayName } sharedWithGroup { id name }
  criteria { id title description weight levels { points label descriptor } }`;
const RUBRICS = `query($networkId: ID!) { rubrics(networkId: $networkId) { ${FIELDS} } }`;
const RUBRIC = `query($id: ID!) { rubric(id: $id) { ${FIELDS} } }`;
const CREATE = `mutation($input: CreateRubricInput!) { createRubric(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateRubricInput!) { updateRubric(input: $input) { ${FIELDS} } }`;
const DUPLICATE = `mutation($id: ID!) { duplicateRubric(id: $id) { ${FIELDS} } }`;
const SHARE = `mutation($rubricId: ID!, $groupId: ID) { shareRubric(rubricId: $rubricId, groupId: $groupId) { ${FIELDS} } }`;

interface RubricResult {
  id: string;
  networkId: string;
  title: string;
  version: number;
  rootId: string;
  lockedAt: string | null;
  viewerIsOwner: boolean;
  maxScore: number;
  owner: { id: string; displayName: string };
  sharedWithGroup: { id: string; name: string } | null;
  criteria: { id: string; title: string; weight: number; levels: { points: number; label: string }[] }[];
}

const levels = (...points: number[]) =>
  points.map((p) => ({ points: p, label: `Level ${p}`, descriptor: `What level ${p} work looks like.` }));
const essayCriteria = () => [
  { title: 'Claim', description: 'A clear, arguable claim.', weight: 2, levels: levels(1, 2, 3, 4) },
  { title: 'Evidence', weight: 1, levels: levels(0, 2) },
];

function fieldErrors(res: GqlResult<unknown>): Record<string, string> {
  return (res.errors?.[0]?.extensions?.fieldErrors ?? {}) as Record<string, string>;
}

describe('rubrics', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  async function person(net: TestNetwork, role: 'TEACHER' | 'STUDENT' | 'COORDINATOR' = 'TEACHER') {
    const p = await createPerson(server.db, net, role);
    return { ...p, token: await signIn(server, p.login) };
  }
  async function create(token: string, networkId: string, title = 'Argumentative essay'): Promise<RubricResult> {
    const res = await server.gql<{ createRubric: RubricResult }>(
      CREATE,
      { input: { networkId, title, description: 'Peer editing', criteria: essayCriteria() } },
      { token },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createRubric;
  }
  async function list(token: string, networkId: string): Promise<RubricResult[]> {
    const res = await server.gql<{ rubrics: RubricResult[] }>(RUBRICS, { networkId }, { token });
    expect(res.errors).toBeUndefined();
    return res.data!.rubrics;
  }

  it('a teacher creates, lists, edits and duplicates a rubric', async () => {
    const net = await createNetwork(server.db);
    const teacher = await person(net);
    const other = await person(net);
    const rubric = await create(teacher.token, net.network.id);
    expect(rubric).toMatchObject({
      title: 'Argumentative essay',
      version: 1,
      rootId: rubric.id,
      lockedAt: null,
      viewerIsOwner: true,
      maxScore: 2 * 4 + 2,
      owner: { id: teacher.user.id },
      sharedWithGroup: null,
    });
    expect(rubric.criteria.map((c) => c.title)).toEqual(['Claim', 'Evidence']);
    expect(rubric.criteria[0]!.id).toMatch(/^c-/);
    expect(rubric.criteria[1]).toMatchObject({ weight: 1, levels: [{ points: 0 }, { points: 2 }] });

    // Private until shared: another teacher neither lists nor opens it.
    expect((await list(teacher.token, net.network.id)).map((r) => r.id)).toEqual([rubric.id]);
    expect(await list(other.token, net.network.id)).toEqual([]);
    expect(errorCode(await server.gql(RUBRIC, { id: rubric.id }, { token: other.token }))).toBe('NOT_FOUND');

    // Editing an unlocked rubric changes it in place; criterion ids survive reordering.
    const [claim, evidence] = rubric.criteria;
    const edited = await server.gql<{ updateRubric: RubricResult }>(
      UPDATE,
      {
        input: {
          rubricId: rubric.id,
          title: 'Argument essay',
          criteria: [
            { id: evidence!.id, title: 'Evidence', weight: 3, levels: levels(0, 1, 2) },
            { id: claim!.id, title: 'Claim', weight: 1, levels: levels(1, 4) },
          ],
        },
      },
      { token: teacher.token },
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateRubric).toMatchObject({
      id: rubric.id,
      version: 1,
      title: 'Argument essay',
      maxScore: 10,
    });
    expect(edited.data!.updateRubric.criteria.map((c) => c.id)).toEqual([evidence!.id, claim!.id]);

    const copy = await server.gql<{ duplicateRubric: RubricResult }>(
      DUPLICATE,
      { id: rubric.id },
      { token: teacher.token },
    );
    expect(copy.errors).toBeUndefined();
    expect(copy.data!.duplicateRubric).toMatchObject({ title: 'Copy of Argument essay', version: 1, maxScore: 10 });
    expect(copy.data!.duplicateRubric.id).not.toBe(rubric.id);
    expect(copy.data!.duplicateRubric.rootId).toBe(copy.data!.duplicateRubric.id);
    expect((await list(teacher.token, net.network.id)).map((r) => r.id).sort()).toEqual(
      [rubric.id, copy.data!.duplicateRubric.id].sort(),
    );
  });

  it('sharing with a group shows the rubric to its active members, who may duplicate but not edit it', async () => {
    const net = await createNetwork(server.db);
    const author = await person(net);
    const member = await person(net);
    const pending = await person(net);
    const outsider = await person(net);
    const group = await createGroup(server.db, net, { name: 'ELA 9-12' });
    await addToGroup(server.db, group, author);
    await addToGroup(server.db, group, member);
    await addToGroup(server.db, group, pending, { status: 'PENDING' });
    const rubric = await create(author.token, net.network.id);

    const shared = await server.gql<{ shareRubric: RubricResult }>(
      SHARE,
      { rubricId: rubric.id, groupId: group.id },
      { token: author.token },
    );
    expect(shared.errors).toBeUndefined();
    expect(shared.data!.shareRubric.sharedWithGroup).toEqual({ id: group.id, name: 'ELA 9-12' });

    const seen = await list(member.token, net.network.id);
    expect(seen.map((r) => ({ id: r.id, viewerIsOwner: r.viewerIsOwner }))).toEqual([
      { id: rubric.id, viewerIsOwner: false },
    ]);
    expect(await list(pending.token, net.network.id)).toEqual([]);
    expect(await list(outsider.token, net.network.id)).toEqual([]);

    // A member may not edit or re-share it, but may make their own copy.
    const edit = await server.gql(
      UPDATE,
      { input: { rubricId: rubric.id, title: 'Mine now' } },
      { token: member.token },
    );
    expect(errorCode(edit)).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(SHARE, { rubricId: rubric.id, groupId: null }, { token: member.token }))).toBe(
      'FORBIDDEN',
    );
    const copy = await server.gql<{ duplicateRubric: RubricResult }>(
      DUPLICATE,
      { id: rubric.id },
      { token: member.token },
    );
    expect(copy.data?.duplicateRubric).toMatchObject({ owner: { id: member.user.id }, sharedWithGroup: null });

    // Unsharing hides it again.
    const unshared = await server.gql<{ shareRubric: RubricResult }>(
      SHARE,
      { rubricId: rubric.id, groupId: null },
      { token: author.token },
    );
    expect(unshared.data?.shareRubric.sharedWithGroup).toBeNull();
    expect((await list(member.token, net.network.id)).map((r) => r.id)).toEqual([copy.data!.duplicateRubric.id]);
    expect(errorCode(await server.gql(RUBRIC, { id: rubric.id }, { token: member.token }))).toBe('NOT_FOUND');
  });

  it('editing a locked rubric makes a new version and leaves the locked one untouched', async () => {
    const net = await createNetwork(server.db);
    const teacher = await person(net);
    const member = await person(net);
    const group = await createGroup(server.db, net);
    await addToGroup(server.db, group, teacher);
    await addToGroup(server.db, group, member);
    const v1 = await create(teacher.token, net.network.id);
    await server.gql(SHARE, { rubricId: v1.id, groupId: group.id }, { token: teacher.token });
    // Exchanges (not built yet) lock the version they use.
    await server.db.getRepository(Rubric).update({ id: v1.id }, { lockedAt: new Date() });

    const res = await server.gql<{ updateRubric: RubricResult }>(
      UPDATE,
      { input: { rubricId: v1.id, title: 'Argumentative essay, revised' } },
      { token: teacher.token },
    );
    expect(res.errors).toBeUndefined();
    const v2 = res.data!.updateRubric;
    expect(v2).toMatchObject({ version: 2, rootId: v1.id, lockedAt: null, title: 'Argumentative essay, revised' });
    expect(v2.id).not.toBe(v1.id);
    expect(v2.criteria).toEqual(v1.criteria);
    expect(v2.sharedWithGroup).toEqual({ id: group.id, name: group.name });

    const locked = await server.db.getRepository(Rubric).findOneByOrFail({ id: v1.id });
    expect(locked).toMatchObject({ title: 'Argumentative essay', version: 1 });
    expect(locked.lockedAt).not.toBeNull();

    // Lists show the latest version; the locked one is still readable, but no longer editable.
    expect((await list(teacher.token, net.network.id)).map((r) => [r.id, r.version])).toEqual([[v2.id, 2]]);
    expect((await list(member.token, net.network.id)).map((r) => r.id)).toEqual([v2.id]);
    const old = await server.gql<{ rubric: RubricResult }>(RUBRIC, { id: v1.id }, { token: teacher.token });
    expect(old.data?.rubric).toMatchObject({ version: 1, title: 'Argumentative essay' });
    expect(
      errorCode(await server.gql(UPDATE, { input: { rubricId: v1.id, title: 'Again' } }, { token: teacher.token })),
    ).toBe('CONFLICT');

    // The new version is edited in place until it is locked too.
    const again = await server.gql<{ updateRubric: RubricResult }>(
      UPDATE,
      { input: { rubricId: v2.id, description: 'Second pass' } },
      { token: teacher.token },
    );
    expect(again.data?.updateRubric).toMatchObject({ id: v2.id, version: 2 });
  });

  it('explains invalid rubrics field by field', async () => {
    const net = await createNetwork(server.db);
    const teacher = await person(net);
    const input = (criteria: unknown, title = 'Essay') => ({ input: { networkId: net.network.id, title, criteria } });
    const attempt = (vars: Record<string, unknown>) => server.gql(CREATE, vars, { token: teacher.token });

    const none = await attempt(input([]));
    expect(errorCode(none)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(none)).toEqual({ criteria: 'Add at least one criterion.' });

    const oneLevel = await attempt(input([{ title: 'Claim', weight: 1, levels: levels(3) }]));
    expect(errorCode(oneLevel)).toBe('BAD_USER_INPUT');
    expect(oneLevel.errors?.[0]?.message).toBe('Give each criterion at least two levels.');
    expect(fieldErrors(oneLevel)).toEqual({ 'criteria.0.levels': 'Give each criterion at least two levels.' });

    const duplicate = await attempt(
      input([
        { title: 'Claim', weight: 1, levels: levels(1, 2) },
        { title: 'Evidence', weight: 1, levels: levels(2, 2) },
      ]),
    );
    expect(fieldErrors(duplicate)).toEqual({
      'criteria.1.levels.1.points': 'Two levels of "Evidence" give 2 points: give each level different points.',
    });

    const long = await attempt(
      input([
        {
          title: 'Claim',
          weight: 11,
          levels: [...levels(1), { points: 2, label: 'Good', descriptor: 'x'.repeat(RUBRIC_LIMITS.descriptorMax + 1) }],
        },
      ]),
    );
    expect(fieldErrors(long)).toEqual({
      'criteria.0.weight': 'Give the weight as a whole number from 1 to 10.',
      'criteria.0.levels.1.descriptor': `Keep each level's description under ${RUBRIC_LIMITS.descriptorMax} characters.`,
    });

    const noTitle = await attempt(input(essayCriteria(), '   '));
    expect(fieldErrors(noTitle)).toEqual({ title: 'Give the rubric a title.' });

    const longTitle = await attempt(input(essayCriteria(), 'x'.repeat(RUBRIC_LIMITS.titleMax + 1)));
    expect(fieldErrors(longTitle)).toEqual({
      title: `Keep the rubric's title under ${RUBRIC_LIMITS.titleMax} characters.`,
    });
    const badLink = await server.gql(RUBRIC, { id: 'not-a-uuid' }, { token: teacher.token });
    expect(errorCode(badLink)).toBe('BAD_USER_INPUT');
    const badGroup = await server.gql(SHARE, { rubricId: net.network.id, groupId: 'nope' }, { token: teacher.token });
    expect(errorCode(badGroup)).toBe('BAD_USER_INPUT');

    expect(await list(teacher.token, net.network.id)).toEqual([]);

    // Updates are checked the same way, and leave the rubric as it was.
    const rubric = await create(teacher.token, net.network.id);
    const bad = await server.gql(
      UPDATE,
      { input: { rubricId: rubric.id, criteria: [{ title: 'Claim', weight: 1, levels: [] }] } },
      { token: teacher.token },
    );
    expect(fieldErrors(bad)).toEqual({ 'criteria.0.levels': 'Give each criterion at least two levels.' });
    const after = await server.gql<{ rubric: RubricResult }>(RUBRIC, { id: rubric.id }, { token: teacher.token });
    expect(after.data?.rubric.criteria).toHaveLength(2);
  });

  it('refuses students, other networks, non-owners and groups the author is not in', async () => {
    const net = await createNetwork(server.db);
    const elsewhere = await createNetwork(server.db);
    const teacher = await person(net);
    const student = await person(net, 'STUDENT');
    const stranger = await person(elsewhere);
    const notMine = await createGroup(server.db, net, { name: 'Science' });
    const otherNetworkGroup = await createGroup(server.db, elsewhere, { name: 'Far away' });
    await addToGroup(server.db, otherNetworkGroup, stranger);
    const rubric = await create(teacher.token, net.network.id);

    // Students: no list, no rubric, no creating.
    expect(errorCode(await server.gql(RUBRICS, { networkId: net.network.id }, { token: student.token }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await server.gql(RUBRIC, { id: rubric.id }, { token: student.token }))).toBe('FORBIDDEN');
    const byStudent = await server.gql(
      CREATE,
      { input: { networkId: net.network.id, title: 'Mine', criteria: essayCriteria() } },
      { token: student.token },
    );
    expect(errorCode(byStudent)).toBe('FORBIDDEN');

    // Another network: nothing exists.
    for (const [query, vars] of [
      [RUBRICS, { networkId: net.network.id }],
      [RUBRIC, { id: rubric.id }],
      [DUPLICATE, { id: rubric.id }],
      [UPDATE, { input: { rubricId: rubric.id, title: 'Taken' } }],
      [SHARE, { rubricId: rubric.id, groupId: otherNetworkGroup.id }],
      [CREATE, { input: { networkId: net.network.id, title: 'Mine', criteria: essayCriteria() } }],
    ] as const) {
      const res = await server.gql(query, vars, { token: stranger.token });
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(JSON.stringify(res)).not.toContain('Argumentative essay');
    }

    // Sharing: only with a group of the author's own, in the rubric's network.
    const share = await server.gql(SHARE, { rubricId: rubric.id, groupId: notMine.id }, { token: teacher.token });
    expect(errorCode(share)).toBe('FORBIDDEN');
    expect(share.errors?.[0]?.message).toBe('You can share a rubric only with a group you are a member of.');
    const far = await server.gql(
      SHARE,
      { rubricId: rubric.id, groupId: otherNetworkGroup.id },
      { token: teacher.token },
    );
    expect(errorCode(far)).toBe('NOT_FOUND');
    const unchanged = await server.db.getRepository(Rubric).findOneByOrFail({ id: rubric.id });
    expect(unchanged.sharedWithGroupId).toBeNull();
    expect(unchanged.title).toBe('Argumentative essay');
  });
});
