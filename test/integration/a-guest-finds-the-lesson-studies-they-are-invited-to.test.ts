import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Notification } from '../../server/src/notifications/notification.entity.js';
import { OutboxMessage } from '../../server/src/notifications/outbox-message.entity.js';
import { addToGroup, createGroup, createNetwork, createPerson, signIn, type TestPerson } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';

const CREATE = `mutation($i: CreateLessonStudyInput!) { createLessonStudy(input: $i) { id } }`;
const INVITE = `mutation($i: InviteKnowledgeableOtherInput!) { inviteKnowledgeableOther(input: $i) { id } }`;
const NAME = `mutation($i: NameLessonStudyRoleInput!) { nameLessonStudyRole(input: $i) { id } }`;
const REMOVE = `mutation($i: NameLessonStudyRoleInput!) { removeLessonStudyRole(input: $i) { id } }`;
const MINE = `{ myGuestLessonStudies { id title networkName } }`;
const NOTES = `query($id: ID!) { observationNotes(ownerKind: LESSON_STUDY, ownerId: $id) { seesEveryone } }`;
const RECORDINGS = `query($id: ID!) { recordings(ownerKind: LESSON_STUDY, ownerId: $id) { id } }`;

/**
 * A knowledgeable other invited from another network finds the cycle on their own home page
 * (`myGuestLessonStudies`, only cycles they are invited to as a guest), is told in-app in their own
 * network and by email, and the cycle's short link takes them to the guest page outside the network's
 * layout. Nobody else — another network's coordinator, a student, an adult of the host network — gets
 * anything from the list, and the link answers them as for an id nobody has.
 */
describe('a guest finds the lesson studies they are invited to', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  const signed = async (p: TestPerson) => ({ ...p, token: await signIn(server, p.login) });
  const ok = async <T>(token: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await server.gql<T>(query, variables, { token });
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const mine = async (token: string) =>
    (await ok<{ myGuestLessonStudies: { id: string; title: string; networkName: string }[] }>(token, MINE))
      .myGuestLessonStudies;
  const follow = (token: string, id: string) =>
    fetch(`${server.url}/go/lessonStudy/${id}`, {
      redirect: 'manual',
      headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': server.ip },
    });

  it('lists-only-the-invited-cycles-notifies-the-guest-and-links-them-to-the-guest-page', async () => {
    const host = await createNetwork(server.db);
    const group = await createGroup(server.db, host);
    const facilitator = await signed(await createPerson(server.db, host, 'TEACHER'));
    await addToGroup(server.db, group, facilitator);
    const coordinator = await signed(await createPerson(server.db, host, 'COORDINATOR', { name: 'Ana Coordinator' }));
    const hostStudent = await signed(await createPerson(server.db, host, 'STUDENT'));
    const elsewhere = await createNetwork(server.db);
    const expert = await signed(await createPerson(server.db, elsewhere, 'TEACHER', { name: 'Kim Knowledgeable' }));
    const otherCoordinator = await signed(await createPerson(server.db, elsewhere, 'COORDINATOR'));

    const create = async (title: string) =>
      (
        await ok<{ createLessonStudy: { id: string } }>(facilitator.token, CREATE, {
          i: { groupId: group.id, title, theme: 'Reasoning aloud' },
        })
      ).createLessonStudy.id;
    const invited = await create('The locked box');
    const sibling = await create('Another lesson');
    // A coordinator of the host network named knowledgeable other of the sibling is no guest.
    await ok(facilitator.token, NAME, {
      i: { lessonStudyId: sibling, userId: coordinator.user.id, role: 'KNOWLEDGEABLE_OTHER' },
    });

    expect(await mine(expert.token)).toEqual([]);
    await ok(coordinator.token, INVITE, { i: { lessonStudyId: invited, email: expert.login } });

    expect(await mine(expert.token)).toEqual([
      { id: invited, title: 'The locked box', networkName: host.network.name },
    ]);
    for (const who of [otherCoordinator, hostStudent, coordinator, facilitator])
      expect(await mine(who.token)).toEqual([]);

    // Told in their own network (where they are a member), never in the host network.
    const notices = await server.db.getRepository(Notification).findBy({ userId: expert.user.id });
    expect(notices.map((n) => [n.networkId, n.kind, n.text, n.link])).toEqual([
      [
        elsewhere.network.id,
        'LESSON_STUDY_GUEST',
        `Ana Coordinator of ${host.network.name} invites you to “The locked box” as its knowledgeable other.`,
        `/go/lessonStudy/${invited}`,
      ],
    ]);
    const mail = await server.db.getRepository(OutboxMessage).findBy({ toAddress: expert.login });
    expect(mail.map((m) => [m.kind, m.networkId, m.link])).toEqual([
      ['LESSON_STUDY_GUEST', host.network.id, `http://switchback.test/go/lessonStudy/${invited}`],
    ]);

    // Recordings and notes let the guest in through their role, though they have no membership here.
    await ok(expert.token, NOTES, { id: invited });
    expect((await ok<{ recordings: unknown[] }>(expert.token, RECORDINGS, { id: invited })).recordings).toEqual([]);
    for (const who of [otherCoordinator, hostStudent]) {
      expect(errorCode(await server.gql(NOTES, { id: invited }, { token: who.token }))).toBe('NOT_FOUND');
      expect(errorCode(await server.gql(RECORDINGS, { id: invited }, { token: who.token }))).toBe('NOT_FOUND');
    }

    // The short link (the notification's click target) leads the guest to the guest page; members
    // still to the network's page.
    expect((await follow(expert.token, invited)).headers.get('location')).toBe(`/guest/lesson-studies/${invited}`);
    const clicked = await fetch(`${server.url}${notices[0]!.link!}`, {
      redirect: 'manual',
      headers: { authorization: `Bearer ${expert.token}`, 'x-forwarded-for': server.ip },
    });
    expect(clicked.headers.get('location')).toBe(`/guest/lesson-studies/${invited}`);
    expect((await follow(facilitator.token, invited)).headers.get('location')).toBe(
      `/n/${host.network.slug}/lesson-studies/${invited}`,
    );
    const nobody = '00000000-0000-4000-8000-000000000000';
    for (const [who, id] of [
      [expert, sibling],
      [otherCoordinator, invited],
      [hostStudent, invited],
    ] as const) {
      const res = await follow(who.token, id);
      const unknown = await follow(who.token, nobody);
      expect([res.status, res.headers.get('location')]).toEqual([unknown.status, unknown.headers.get('location')]);
      expect(res.status).toBe(404);
    }

    // Removing the guest's role takes the cycle off their list at once.
    await ok(coordinator.token, REMOVE, {
      i: { lessonStudyId: invited, userId: expert.user.id, role: 'KNOWLEDGEABLE_OTHER' },
    });
    expect(await mine(expert.token)).toEqual([]);
    expect((await follow(expert.token, invited)).status).toBe(404);
    expect(errorCode(await server.gql(NOTES, { id: invited }, { token: expert.token }))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(RECORDINGS, { id: invited }, { token: expert.token }))).toBe('NOT_FOUND');
  });
});
