import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { User } from '../../server/src/auth/user.entity.js';
import { Membership } from '../../server/src/networks/membership.entity.js';
import { DigestService } from '../../server/src/notifications/digest.service.js';
import { NotificationsService } from '../../server/src/notifications/notifications.service.js';
import { OutboxMessage } from '../../server/src/notifications/outbox-message.entity.js';
import {
  createNetwork,
  createPerson,
  joinNetwork,
  signIn,
  type TestNetwork,
  type TestPerson,
} from '../support/factories.js';
import { startServer, type TestServer } from '../support/harness.js';

const OUTBOX = `query($networkId: ID!) { outbox(networkId: $networkId) { messages { toAddress kind subject body link } } }`;
const NOTIFICATIONS = '{ notifications { totalCount nodes { text networkId } } unreadNotificationCount }';

describe('digests stay within their network', () => {
  let server: TestServer;
  let digest: DigestService;
  let notifications: NotificationsService;
  beforeAll(async () => {
    server = await startServer();
    digest = server.app.get(DigestService);
    notifications = server.app.get(NotificationsService);
  });
  afterAll(() => server.close());

  /** A teacher of network A who also belongs to network B, with a daily digest. */
  async function dualMember(): Promise<{ a: TestNetwork; b: TestNetwork; person: TestPerson }> {
    const a = await createNetwork(server.db);
    const b = await createNetwork(server.db);
    const person = await createPerson(server.db, a, 'TEACHER');
    await joinNetwork(server.db, b, person, 'TEACHER');
    await server.db.getRepository(User).update(person.user.id, { digestFrequency: 'DAILY' });
    return { a, b, person };
  }

  const notify = (userId: string, networkId: string, text: string) =>
    server.db.transaction((m) => notifications.create(m, { userIds: [userId], networkId, kind: 'MENTION', text }));
  const digestsTo = (to: string) =>
    server.db
      .getRepository(OutboxMessage)
      .find({ where: { toAddress: to, kind: 'DIGEST' }, order: { subject: 'ASC' } });
  async function outboxOf(net: TestNetwork): Promise<string> {
    const coordinator = await createPerson(server.db, net, 'COORDINATOR');
    const res = await server.gql(
      OUTBOX,
      { networkId: net.network.id },
      { token: await signIn(server, coordinator.login) },
    );
    expect(res.errors).toBeUndefined();
    return JSON.stringify(res);
  }

  it('one-digest-per-network-with-only-its-lines-filed-under-no-network', async () => {
    const { a, b, person } = await dualMember();
    await notify(person.user.id, a.network.id, 'Secret of network A: the reading plan');
    await notify(person.user.id, a.network.id, 'Another line of A: the field trip');
    await notify(person.user.id, b.network.id, 'Secret of network B: the budget');

    await digest.runDue(new Date());
    const sent = await digestsTo(person.login);
    // Before: one email with both networks' lines, filed in one network's outbox.
    expect(sent).toHaveLength(2);
    const ofA = sent.find((s) => s.subject.includes(a.network.name))!;
    const ofB = sent.find((s) => s.subject.includes(b.network.name))!;
    expect(ofA).toMatchObject({
      networkId: null,
      subject: `Your Switchback digest for ${a.network.name}: 2 new updates`,
    });
    expect(ofA.body).toContain('the reading plan');
    expect(ofA.body).toContain('the field trip');
    expect(ofA.body).not.toContain('the budget');
    expect(ofB).toMatchObject({
      networkId: null,
      subject: `Your Switchback digest for ${b.network.name}: 1 new update`,
    });
    expect(ofB.body).toContain('the budget');
    expect(ofB.body).not.toContain('reading plan');

    // Neither coordinator reads any of it.
    for (const net of [a, b]) {
      const raw = await outboxOf(net);
      expect(raw).not.toContain('Secret of network');
      expect(raw).not.toContain(person.login);
    }
  });

  it('a-person-deactivated-in-one-network-gets-nothing-more-of-it-but-keeps-the-other', async () => {
    const { a, b, person } = await dualMember();
    await notify(person.user.id, a.network.id, 'Old line of A');
    await notify(person.user.id, b.network.id, 'Old line of B');
    const token = await signIn(server, person.login);
    await server.db
      .getRepository(Membership)
      .update({ userId: person.user.id, networkId: a.network.id }, { status: 'DEACTIVATED' });

    // A's notifications are neither listed nor counted any more; B's are.
    const listed = await server.gql<{
      notifications: { totalCount: number; nodes: { text: string; networkId: string }[] };
      unreadNotificationCount: number;
    }>(NOTIFICATIONS, {}, { token });
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.notifications.nodes).toEqual([{ text: 'Old line of B', networkId: b.network.id }]);
    expect(listed.data?.notifications.totalCount).toBe(1);
    expect(listed.data?.unreadNotificationCount).toBe(1);

    // New mentions in A are not even written; B's are.
    expect(await notify(person.user.id, a.network.id, 'New mention in A')).toEqual([]);
    expect(await notify(person.user.id, b.network.id, 'New mention in B')).toHaveLength(1);

    // The digest has B's lines only.
    await digest.runDue(new Date());
    const sent = await digestsTo(person.login);
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toContain(b.network.name);
    expect(sent[0].body).toContain('New mention in B');
    expect(sent[0].body).not.toContain('of A');
    expect(sent[0].body).not.toContain('in A');
  });
});
