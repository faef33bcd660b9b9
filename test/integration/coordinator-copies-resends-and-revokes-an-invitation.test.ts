import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { OutboxMessage } from '../../server/src/notifications/outbox-message.entity.js';
import { createNetwork, createPerson, signIn, type TestNetwork } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';

const FIELDS = 'id email link emailed expiresAt';
const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { ${FIELDS} } }`;
const RESEND = `mutation($id: ID!) { resendInvitation(invitationId: $id) { ${FIELDS} } }`;
const NEW_LINK = `mutation($id: ID!) { newInvitationLink(invitationId: $id) { ${FIELDS} } }`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(invitationId: $id) { ${FIELDS} } }`;
const LIST = `query($networkId: ID!) { invitations(networkId: $networkId) { id link emailed } }`;
const PREVIEW = `query($token: String!) { invitation(token: $token) { state } }`;

interface Inv {
  id: string;
  email: string;
  link: string | null;
  emailed: boolean | null;
  expiresAt: string;
}
type Action = { resendInvitation: Inv } & { newInvitationLink: Inv } & { revokeInvitation: Inv };

const email = () => `invitee-${randomUUID().slice(0, 8)}@example.org`;
const tokenOf = (link: string | null) => /\/invitations\/([A-Za-z0-9_-]+)$/.exec(link ?? '')![1];

function suite(name: string, env: Record<string, string>, mailSent: boolean) {
  describe(name, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startServer(env);
    });
    afterAll(() => server.close());

    async function person(
      net: TestNetwork,
      role: 'COORDINATOR' | 'ADMINISTRATOR' | 'TEACHER',
      school = net.schools[0],
    ) {
      const p = await createPerson(server.db, net, role, { school: role === 'COORDINATOR' ? null : school });
      return signIn(server, p.login);
    }
    /** What the accept page learns from a link: VALID, EXPIRED, USED, or NOT_FOUND for a replaced link. */
    async function state(link: string | null) {
      const res = await server.gql<{ invitation: { state: string } }>(PREVIEW, { token: tokenOf(link) });
      return res.data?.invitation.state ?? errorCode(res);
    }
    const act = (query: string, id: string, token: string) => server.gql<Action>(query, { id }, { token });
    async function invite(net: TestNetwork, token: string, school = net.schools[0]) {
      const res = await server.gql<{ inviteMember: Inv }>(
        INVITE,
        { input: { networkId: net.network.id, email: email(), role: 'TEACHER', schoolId: school.id } },
        { token },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.inviteMember;
    }

    it(`the inviter gets the link and is told truthfully whether it was emailed`, async () => {
      const net = await createNetwork(server.db);
      const token = await person(net, 'COORDINATOR');
      const inv = await invite(net, token);
      expect(inv.emailed).toBe(mailSent);
      expect(await state(inv.link)).toBe('VALID');
      // The link is shown once: the list never carries it (only a hash is stored).
      const list = await server.gql<{ invitations: Inv[] }>(LIST, { networkId: net.network.id }, { token });
      expect(list.data?.invitations).toEqual([{ id: inv.id, link: null, emailed: null }]);
    });

    it('coordinator copies, resends and revokes an invitation', async () => {
      const net = await createNetwork(server.db);
      const token = await person(net, 'COORDINATOR');
      const inv = await invite(net, token);
      const mails = () => server.db.getRepository(OutboxMessage).countBy({ toAddress: inv.email });
      expect(await mails()).toBe(1);

      // Copy link: a new link, the first stops working, nothing is emailed.
      const copied = await act(NEW_LINK, inv.id, token);
      expect(copied.errors).toBeUndefined();
      const copy = copied.data!.newInvitationLink;
      expect(copy.link).not.toBe(inv.link);
      expect(copy.emailed).toBe(false);
      expect(await state(inv.link)).toBe('NOT_FOUND');
      expect(await state(copy.link)).toBe('VALID');
      expect(await mails()).toBe(1);

      // Resend: another new link, emailed (or kept in the outbox), 7 more days.
      const resent = await act(RESEND, inv.id, token);
      expect(resent.errors).toBeUndefined();
      const again = resent.data!.resendInvitation;
      expect(again.emailed).toBe(mailSent);
      expect(await state(copy.link)).toBe('NOT_FOUND');
      expect(await state(again.link)).toBe('VALID');
      expect(await mails()).toBe(2);
      const [newest] = await server.db
        .getRepository(OutboxMessage)
        .find({ where: { toAddress: inv.email }, order: { createdAt: 'DESC' }, take: 1 });
      expect(newest.link).toBe(again.link);
      expect(newest.status).toEqual(mailSent ? expect.stringMatching(/PENDING|SENT|FAILED/) : 'STORED');

      // Revoke: the link stops working, the invitation leaves the list, and it cannot be resent.
      const revoked = await act(REVOKE, inv.id, token);
      expect(revoked.errors).toBeUndefined();
      expect(revoked.data!.revokeInvitation.link).toBeNull();
      expect(await state(again.link)).toBe('EXPIRED');
      const list = await server.gql<{ invitations: Inv[] }>(LIST, { networkId: net.network.id }, { token });
      expect(list.data?.invitations).toEqual([]);
      const late = await act(RESEND, inv.id, token);
      expect(errorCode(late)).toBe('CONFLICT');
      expect(late.errors?.[0].message).toMatch(/withdrawn/);

      const actions = await server.db
        .getRepository(AuditEvent)
        .find({ where: { targetId: inv.id }, order: { createdAt: 'ASC' } });
      expect(actions.map((a) => a.action)).toEqual([
        'invitation.create',
        'invitation.newLink',
        'invitation.resend',
        'invitation.revoke',
      ]);
    });

    it("another network's coordinator, a teacher and another school's principal are refused and change nothing", async () => {
      const net = await createNetwork(server.db);
      const other = await createNetwork(server.db);
      const token = await person(net, 'COORDINATOR');
      const inv = await invite(net, token, net.schools[1]);
      const callers = {
        otherCoordinator: await person(other, 'COORDINATOR'),
        teacher: await person(net, 'TEACHER'),
        otherSchoolPrincipal: await person(net, 'ADMINISTRATOR', net.schools[0]),
      };
      const expected = { otherCoordinator: 'NOT_FOUND', teacher: 'FORBIDDEN', otherSchoolPrincipal: 'FORBIDDEN' };
      for (const [who, caller] of Object.entries(callers))
        for (const query of [NEW_LINK, RESEND, REVOKE]) {
          const res = await act(query, inv.id, caller);
          expect({ who, query, code: errorCode(res), data: res.data }).toEqual({
            who,
            query,
            code: expected[who as keyof typeof expected],
            data: null,
          });
          expect(JSON.stringify(res)).not.toContain('/invitations/');
        }
      // Nothing changed: the first link still works.
      expect(await state(inv.link)).toBe('VALID');

      // The principal of the invitation's own school may manage it.
      const principal = await person(net, 'ADMINISTRATOR', net.schools[1]);
      const copied = await act(NEW_LINK, inv.id, principal);
      expect(copied.errors).toBeUndefined();
      expect(await state(copied.data!.newInvitationLink.link)).toBe('VALID');
    });
  });
}

suite('invitation actions without a mail server', {}, false);
suite('invitation actions with a mail server', { SMTP_URL: 'smtp://127.0.0.1:9' }, true);
