import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { ROLE_LABELS } from '@switchback/shared';
import { badInput, conflict, fieldError, forbidden, notFound, notFoundAs } from '../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import { AccountsService } from '../auth/accounts.service.js';
import { AttemptLimiterService } from '../auth/attempt-limiter.service.js';
import { hashToken, randomToken } from '../auth/tokens.js';
import { User } from '../auth/user.entity.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { AccessService } from '../access/access.service.js';
import { Invitation } from './invitation.entity.js';
import { Membership } from './membership.entity.js';
import { Network } from './network.entity.js';
import { School } from './school.entity.js';
import type { AcceptInvitationInput, InvitationPreview, InviteMemberInput } from './dto/invitation.input.js';

const INVITATION_DAYS = 7;

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly accounts: AccountsService,
    private readonly limiter: AttemptLimiterService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Coordinators invite anyone to any school; administrators invite teachers and administrators to
   * their own school. A new invitation to the same email replaces an open one.
   */
  async invite(userId: string, input: InviteMemberInput): Promise<Invitation> {
    const me = await this.access.require(userId, input.networkId, 'invite');
    let schoolId = input.schoolId ?? null;
    if (me.role === 'ADMINISTRATOR') {
      if (input.role === 'COORDINATOR') throw forbidden('Only a network coordinator can invite coordinators.');
      if (schoolId && schoolId !== me.schoolId)
        throw forbidden('Principals can invite people to their own school only.');
      schoolId = me.schoolId;
    }
    if (input.role !== 'COORDINATOR' && !schoolId) {
      throw badInput('Administrators and teachers belong to a school: choose one.', { schoolId: 'Choose a school.' });
    }
    const school = schoolId
      ? await this.db.getRepository(School).findOneBy({ id: schoolId, networkId: input.networkId })
      : null;
    if (schoolId && !school) throw fieldError('schoolId', 'Choose a school of this network.');
    const network = await this.db.getRepository(Network).findOneByOrFail({ id: input.networkId });

    const already = await this.db
      .getRepository(Membership)
      .createQueryBuilder('m')
      .innerJoin('m.user', 'u')
      .where('m.network_id = :n AND u.email = :e AND m.status = :s', {
        n: input.networkId,
        e: input.email,
        s: 'ACTIVE',
      })
      .getExists();
    if (already) throw conflict('That person is already a member of this network.', { email: 'Already a member.' });

    const token = randomToken();
    const invitation = await this.db.transaction(async (m) => {
      // Any earlier open invitation for this email stops working.
      await m.update(
        Invitation,
        { networkId: input.networkId, email: input.email, acceptedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        { expiresAt: new Date() },
      );
      const inv = await m.save(
        m.create(Invitation, {
          networkId: input.networkId,
          schoolId,
          email: input.email,
          role: input.role,
          subjects: input.subjects ?? [],
          gradeLevels: input.gradeLevels ?? [],
          tokenHash: hashToken(token),
          invitedById: userId,
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 86400_000),
          acceptedAt: null,
        }),
      );
      inv.school = school;
      inv.network = network;
      await this.mail(m, inv, token);
      await this.audit.record(m, {
        networkId: input.networkId,
        actorId: userId,
        action: 'invitation.create',
        targetType: 'Invitation',
        targetId: inv.id,
        data: { email: input.email, role: input.role },
      });
      return inv;
    });
    this.outbox.flush();
    return this.withLink(invitation, token, true);
  }

  /**
   * A new link for an open invitation, for whoever may invite to it. Only a hash of a link is
   * stored, so an earlier link cannot be shown again: this makes a new one (valid for another
   * {@link INVITATION_DAYS} days) and the earlier link stops working. `resend` also emails it (kept in
   * the outbox when no mail server is set up); otherwise it is only handed back to be copied.
   */
  async renewLink(userId: string, invitationId: string, resend: boolean): Promise<Invitation> {
    const token = randomToken();
    const invitation = await this.db.transaction(async (m) => {
      const inv = await this.openForInviter(m, userId, invitationId);
      inv.tokenHash = hashToken(token);
      inv.expiresAt = new Date(Date.now() + INVITATION_DAYS * 86400_000);
      await m.save(inv);
      if (resend) await this.mail(m, inv, token);
      await this.audit.record(m, {
        networkId: inv.networkId,
        actorId: userId,
        action: resend ? 'invitation.resend' : 'invitation.newLink',
        targetType: 'Invitation',
        targetId: inv.id,
        data: { email: inv.email },
      });
      return inv;
    });
    if (resend) this.outbox.flush();
    return this.withLink(invitation, token, resend);
  }

  /** Withdraws an open invitation: its link stops working at once. */
  async revoke(userId: string, invitationId: string): Promise<Invitation> {
    return this.db.transaction(async (m) => {
      const inv = await this.openForInviter(m, userId, invitationId);
      inv.expiresAt = new Date();
      await m.save(inv);
      await this.audit.record(m, {
        networkId: inv.networkId,
        actorId: userId,
        action: 'invitation.revoke',
        targetType: 'Invitation',
        targetId: inv.id,
        data: { email: inv.email },
      });
      return inv;
    });
  }

  /**
   * An open invitation the caller may invite to (locked for the change): "not found" outside its
   * network, the policy's refusal for members who may not invite, and principals only reach their
   * own school's invitations.
   */
  private async openForInviter(m: EntityManager, userId: string, invitationId: string): Promise<Invitation> {
    const found = await m.getRepository(Invitation).findOneBy({ id: invitationId });
    if (!found) throw notFound('invitation');
    // Outside its network it answers like an unknown id.
    const me = await notFoundAs('invitation', this.access.require(userId, found.networkId, 'invite'));
    if (me.role === 'ADMINISTRATOR' && found.schoolId !== me.schoolId)
      throw forbidden('Principals can manage invitations to their own school only.');
    const inv = await m
      .getRepository(Invitation)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.id = :id', { id: invitationId })
      .getOneOrFail();
    if (inv.acceptedAt) throw conflict('This invitation has already been accepted.');
    if (inv.expiresAt.getTime() <= Date.now())
      throw conflict('This invitation has expired or was withdrawn. Invite the person again.');
    inv.network = await m.getRepository(Network).findOneByOrFail({ id: inv.networkId });
    inv.school = inv.schoolId ? await m.getRepository(School).findOneBy({ id: inv.schoolId }) : null;
    return inv;
  }

  /** The invitation email, in the caller's transaction (sent after the commit, or kept in the outbox). */
  private async mail(m: EntityManager, inv: Invitation, token: string): Promise<void> {
    const link = this.outbox.link(`/invitations/${token}`);
    const where = inv.school ? ` at ${inv.school.name}` : '';
    await this.outbox.enqueue(m, {
      networkId: inv.networkId,
      to: inv.email,
      kind: 'INVITATION',
      subject: `You're invited to ${inv.network.name} on Switchback`,
      link,
      body:
        `You have been invited to join ${inv.network.name} on Switchback as ${ROLE_LABELS[inv.role].toLowerCase()}${where}.\n\n` +
        `Accept the invitation (the link works for ${INVITATION_DAYS} days, once):\n${link}\n`,
    });
  }

  /** The answer to the inviter: the link (shown once) and whether an email is on its way. */
  private withLink(inv: Invitation, token: string, mailed: boolean): Invitation {
    inv.link = this.outbox.link(`/invitations/${token}`);
    inv.emailed = mailed && this.outbox.sendsMail;
    return inv;
  }

  /** Open invitations of a network, for its coordinators and administrators. */
  async listOpen(userId: string, networkId: string): Promise<Invitation[]> {
    const me = await this.access.require(userId, networkId, 'invite');
    return this.db.getRepository(Invitation).find({
      where: {
        networkId,
        acceptedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
        ...(me.role === 'ADMINISTRATOR' ? { schoolId: me.schoolId ?? undefined } : {}),
      },
      relations: { school: true, network: true },
      order: { createdAt: 'DESC' },
      take: 200,
    });
  }

  private findByToken(token: string) {
    return this.db
      .getRepository(Invitation)
      .findOne({ where: { tokenHash: hashToken(token) }, relations: { network: true, school: true } });
  }

  /**
   * What the accept page shows; anyone holding the link may see it. It does not say whether the
   * email has an account (that would tell a coordinator of any network who uses Switchback
   * elsewhere), only whether the caller is signed in as the invitee.
   */
  async preview(token: string, current: User | null): Promise<InvitationPreview> {
    const inv = await this.findByToken(token);
    if (!inv) throw notFound('invitation');
    return {
      networkName: inv.network.name,
      schoolName: inv.school?.name ?? null,
      email: inv.email,
      role: inv.role,
      viewerIsInvitee: Boolean(current?.email && current.email === inv.email),
      state: inv.acceptedAt ? 'USED' : inv.expiresAt.getTime() <= Date.now() ? 'EXPIRED' : 'VALID',
    };
  }

  /**
   * Accepts once. Signed in as the invitee: adds the network to that account (the password was
   * checked by the normal, limited sign-in). Signed out: creates the account, with a new password,
   * and signs it in; an email that already has an account must sign in first. Every attempt goes
   * through the attempt limiter, keyed by the invitation.
   */
  async accept(
    current: User | null,
    input: AcceptInvitationInput,
    ip: string | null,
  ): Promise<{ user: User; token: string | null; networkId: string }> {
    const attempt = await this.limiter.admit('invitation', `token:${hashToken(input.token)}`, ip);
    if (!current) {
      const missing: Record<string, string> = {};
      if (!input.displayName) missing.displayName = 'Enter your name.';
      if (!input.password) missing.password = 'Choose a password.';
      if (Object.keys(missing).length) throw badInput('Fill in the missing fields to accept.', missing);
    }
    const result = await this.db.transaction(async (m) => {
      const inv = await m
        .getRepository(Invitation)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.token_hash = :h', { h: hashToken(input.token) })
        .getOne();
      if (!inv) throw notFound('invitation');
      if (inv.acceptedAt)
        throw badInput('This invitation has already been used. Sign in with your email and password.');
      if (inv.expiresAt.getTime() <= Date.now()) {
        throw badInput('This invitation has expired. Ask your network coordinator to send a new one.');
      }
      if (current && current.email !== inv.email) {
        throw forbidden(
          `This invitation is for ${inv.email}. Sign out, then sign in as ${inv.email} (or create that account) to accept it.`,
        );
      }
      const user =
        current ??
        (await this.accounts.createAdult(m, {
          email: inv.email,
          displayName: input.displayName!,
          password: input.password!,
        }));
      const existing = await m.getRepository(Membership).findOneBy({ userId: user.id, networkId: inv.networkId });
      const membership = existing ?? m.create(Membership, { userId: user.id, networkId: inv.networkId });
      Object.assign(membership, {
        role: inv.role,
        schoolId: inv.schoolId,
        subjects: inv.subjects,
        gradeLevels: inv.gradeLevels,
        status: 'ACTIVE',
      });
      await m.save(membership);
      inv.acceptedAt = new Date();
      await m.save(inv);
      await this.audit.record(m, {
        networkId: inv.networkId,
        actorId: user.id,
        action: 'invitation.accept',
        targetType: 'Invitation',
        targetId: inv.id,
      });
      const token = current ? null : await this.accounts.startSession(m, user.id, ip);
      return { user, token, networkId: inv.networkId };
    });
    await this.limiter.succeeded(attempt);
    return result;
  }
}
