import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CollabCloseCode } from '@switchback/shared';
import { CollabClient } from '../support/collab-client.js';
import {
  addToGroup,
  createGroup,
  createNetwork,
  createPerson,
  signIn,
  type TestNetwork,
  type TestPerson,
} from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';

const CREATE = `mutation($i: CreateLessonStudyInput!) { createLessonStudy(input: $i) { id planDocumentId } }`;
const CYCLE = `query($id: ID!) { lessonStudy(id: $id) { id title group { name } people { displayName guest roles } can { watch editPlan } } }`;
const CYCLES = `query($groupId: ID!) { lessonStudies(groupId: $groupId) { id } }`;
const VERSION = `query($id: ID!) { lessonPlanVersion(lessonStudyId: $id, number: 1) { id text } }`;
const ADVANCE = `mutation($id: ID!) { advanceLessonStudy(id: $id) { id phase } }`;
const NAME = `mutation($i: NameLessonStudyRoleInput!) { nameLessonStudyRole(input: $i) { id } }`;
const LOOK_FORS = `mutation($i: SetLookForsInput!) { setLessonStudyLookFors(input: $i) { id } }`;
const INVITE = `mutation($i: InviteKnowledgeableOtherInput!) { inviteKnowledgeableOther(input: $i) { id } }`;
const GROUP = `query($id: ID!) { group(id: $id) { id name } }`;
const NETWORK = `query($slug: String!) { network(slug: $slug) { id } }`;

/**
 * A lesson study is seen by its group and its participants; everyone else — an adult outside the
 * group, a student, another network's coordinator — gets NOT_FOUND for it, its plan versions, its
 * live plan and its short link, exactly as for an id nobody has. A knowledgeable other invited from
 * another network sees that cycle and nothing else of the network.
 */
describe('lesson studies are hidden outside their network', () => {
  let server: TestServer;
  const clients: CollabClient[] = [];
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server.close();
  });

  const signed = async (p: TestPerson) => ({ ...p, token: await signIn(server, p.login) });
  const gql = async <T>(token: string, query: string, variables: Record<string, unknown>) => {
    const res = await server.gql<T>(query, variables, { token });
    return res;
  };
  const ok = async <T>(token: string, query: string, variables: Record<string, unknown>) => {
    const res = await gql<T>(token, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  async function join(token: string, documentId: string) {
    const c = new CollabClient({ url: server.url, token, documentId });
    clients.push(c);
    const outcome = await c.start();
    c.close();
    return outcome;
  }

  /** A taught cycle (plan v1 frozen) of a group in a fresh network. */
  async function world() {
    const net: TestNetwork = await createNetwork(server.db);
    const group = await createGroup(server.db, net);
    const facilitator = await signed(await createPerson(server.db, net, 'TEACHER', { school: net.schools[0] }));
    const observer = await signed(await createPerson(server.db, net, 'TEACHER', { school: net.schools[1] }));
    const member = await signed(await createPerson(server.db, net, 'TEACHER'));
    for (const p of [facilitator, member]) await addToGroup(server.db, group, p);
    const { createLessonStudy: cycle } = await ok<{ createLessonStudy: { id: string; planDocumentId: string } }>(
      facilitator.token,
      CREATE,
      { i: { groupId: group.id, title: 'The locked box', theme: 'Reasoning aloud' } },
    );
    await ok(facilitator.token, NAME, { i: { lessonStudyId: cycle.id, userId: observer.user.id, role: 'OBSERVER' } });
    await ok(facilitator.token, LOOK_FORS, { i: { lessonStudyId: cycle.id, lookFors: [{ text: 'Who explains' }] } });
    await ok(facilitator.token, ADVANCE, { id: cycle.id });
    return { net, group, facilitator, observer, member, cycle };
  }

  it('outsider-student-and-another-networks-coordinator-get-not-found-for-the-cycle-its-versions-plan-and-link', async () => {
    const { net, group, facilitator, observer, member, cycle } = await world();
    const stranger = await signed(await createPerson(server.db, net, 'TEACHER'));
    const student = await signed(await createPerson(server.db, net, 'STUDENT'));
    const elsewhere = await createNetwork(server.db);
    const coordinatorB = await signed(await createPerson(server.db, elsewhere, 'COORDINATOR'));

    // Those who may: the group's member reads (plan VIEW), the observer takes part (plan EDIT only while planning).
    const seen = await ok<{ lessonStudy: { can: { watch: boolean } } }>(member.token, CYCLE, { id: cycle.id });
    expect(seen.lessonStudy.can.watch).toBe(false);
    expect(
      (await ok<{ lessonStudy: { can: { watch: boolean } } }>(observer.token, CYCLE, { id: cycle.id })).lessonStudy.can
        .watch,
    ).toBe(true);
    expect(await join(member.token, cycle.planDocumentId)).toEqual({ joined: { ok: true, access: 'VIEW' } });
    expect(await join(observer.token, cycle.planDocumentId)).toEqual({ joined: { ok: true, access: 'VIEW' } });

    const nobody = '00000000-0000-4000-8000-000000000000';
    for (const who of [stranger, student, coordinatorB]) {
      for (const [query, variables] of [
        [CYCLE, { id: cycle.id }],
        [VERSION, { id: cycle.id }],
        [ADVANCE, { id: cycle.id }],
      ] as const) {
        const res = await gql(who.token, query, variables);
        const unknown = await gql(who.token, query, { id: nobody });
        expect([errorCode(res), res.errors?.[0]?.message]).toEqual(['NOT_FOUND', 'That lesson study was not found.']);
        expect(res.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
      }
      expect(await join(who.token, cycle.planDocumentId)).toEqual({
        joined: { ok: false, code: CollabCloseCode.NotFound, message: expect.any(String) },
      });
      const link = await fetch(`${server.url}/go/lessonStudy/${cycle.id}`, {
        redirect: 'manual',
        headers: { authorization: `Bearer ${who.token}`, 'x-forwarded-for': server.ip },
      });
      const unknownLink = await fetch(`${server.url}/go/lessonStudy/${nobody}`, {
        redirect: 'manual',
        headers: { authorization: `Bearer ${who.token}`, 'x-forwarded-for': server.ip },
      });
      expect(link.status).toBe(unknownLink.status);
      expect(link.headers.get('location')).toBe(unknownLink.headers.get('location'));
    }
    // An adult of the network outside the group sees no cycle in the group's list; a student not even the group.
    expect(
      (await ok<{ lessonStudies: unknown[] }>(stranger.token, CYCLES, { groupId: group.id })).lessonStudies,
    ).toEqual([]);
    expect(errorCode(await gql(student.token, CYCLES, { groupId: group.id }))).toBe('NOT_FOUND');
    expect(errorCode(await gql(coordinatorB.token, CYCLES, { groupId: group.id }))).toBe('NOT_FOUND');
    // The facilitator's own link leads to the cycle's page.
    const mine = await fetch(`${server.url}/go/lessonStudy/${cycle.id}`, {
      redirect: 'manual',
      headers: { authorization: `Bearer ${facilitator.token}`, 'x-forwarded-for': server.ip },
    });
    expect(mine.headers.get('location')).toBe(`/n/${net.network.slug}/lesson-studies/${cycle.id}`);
  });

  it('a-knowledgeable-other-from-another-network-sees-this-cycle-only', async () => {
    const { net, group, facilitator, cycle } = await world();
    const coordinator = await signed(await createPerson(server.db, net, 'COORDINATOR'));
    const elsewhere = await createNetwork(server.db);
    const expert = await signed(await createPerson(server.db, elsewhere, 'TEACHER', { name: 'Kim Knowledgeable' }));
    const { createLessonStudy: sibling } = await ok<{ createLessonStudy: { id: string; planDocumentId: string } }>(
      facilitator.token,
      CREATE,
      { i: { groupId: group.id, title: 'Another lesson', theme: 'Fractions' } },
    );

    const byFacilitator = await gql(facilitator.token, INVITE, { i: { lessonStudyId: cycle.id, email: expert.login } });
    expect([errorCode(byFacilitator), byFacilitator.errors?.[0]?.message]).toEqual([
      'FORBIDDEN',
      'Only a coordinator of this network can invite someone from outside it.',
    ]);
    const unknownEmail = await gql(coordinator.token, INVITE, {
      i: { lessonStudyId: cycle.id, email: 'nobody@example.org' },
    });
    expect(unknownEmail.errors?.[0]?.message).toBe(
      'No teacher or coordinator has a Switchback account with that email.',
    );
    expect(errorCode(await gql(expert.token, CYCLE, { id: cycle.id }))).toBe('NOT_FOUND');
    await ok(coordinator.token, INVITE, { i: { lessonStudyId: cycle.id, email: expert.login } });

    const view = await ok<{
      lessonStudy: {
        title: string;
        group: { name: string };
        people: { displayName: string; guest: boolean; roles: string[] }[];
        can: { watch: boolean };
      };
    }>(expert.token, CYCLE, { id: cycle.id });
    expect(view.lessonStudy.title).toBe('The locked box');
    expect(view.lessonStudy.group.name).toBe(group.name);
    expect(view.lessonStudy.can.watch).toBe(true);
    expect(view.lessonStudy.people).toContainEqual({
      displayName: 'Kim Knowledgeable',
      guest: true,
      roles: ['KNOWLEDGEABLE_OTHER'],
    });
    expect(
      (await ok<{ lessonPlanVersion: unknown[] }>(expert.token, VERSION, { id: cycle.id })).lessonPlanVersion,
    ).toHaveLength(4);
    expect(await join(expert.token, cycle.planDocumentId)).toEqual({ joined: { ok: true, access: 'VIEW' } });

    // Nothing else of the network: not the group, its list, the sibling cycle, its plan, nor the network.
    expect(errorCode(await gql(expert.token, GROUP, { id: group.id }))).toBe('NOT_FOUND');
    expect(errorCode(await gql(expert.token, CYCLES, { groupId: group.id }))).toBe('NOT_FOUND');
    expect(errorCode(await gql(expert.token, CYCLE, { id: sibling.id }))).toBe('NOT_FOUND');
    expect(errorCode(await gql(expert.token, NETWORK, { slug: net.network.slug }))).toBe('NOT_FOUND');
    expect(await join(expert.token, sibling.planDocumentId)).toEqual({
      joined: { ok: false, code: CollabCloseCode.NotFound, message: expect.any(String) },
    });
    // The guest cannot run the cycle either.
    expect(errorCode(await gql(expert.token, ADVANCE, { id: cycle.id }))).toBe('FORBIDDEN');
  });
});
