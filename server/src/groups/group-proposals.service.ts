import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import { proposalPolicy, type ProposalAction } from '../access/policies/proposal.policy.js';
import { isUniqueViolation } from '../common/db-errors.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { User } from '../auth/user.entity.js';
import { Membership } from '../networks/membership.entity.js';
import { withPeople } from '../networks/memberships-by-keys.js';
import { Network } from '../networks/network.entity.js';
import type { Notification } from '../notifications/notification.entity.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { DiscoveryService } from './discovery.service.js';
import { GroupProposal } from './group-proposal.entity.js';
import { duplicate, GroupsService } from './groups.service.js';
import type { DecideGroupProposalInput, ProposeGroupInput } from './dto/proposal.input.js';

const WAITING = () =>
  conflict('A group with that name is already waiting for a coordinator.', { name: 'That name is waiting already.' });

/**
 * Teachers propose job-alike groups, inviting their job-alikes; a coordinator approves or declines
 * them, unless the network lets teachers start groups directly. An approved proposal becomes an open
 * group with the proposer as facilitator; the invited people are asked to join, never added.
 */
@Injectable()
export class GroupProposalsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly network: AccessService,
    private readonly groups: GroupsService,
    private readonly discovery: DiscoveryService,
    private readonly notifications: NotificationsService,
  ) {}

  async propose(userId: string, input: ProposeGroupInput): Promise<GroupProposal> {
    await this.network.require(userId, input.networkId, 'proposeGroups');
    this.groups.checkFocus(input);
    const inviteeIds = [...new Set(input.inviteeIds)].filter((id) => id !== userId);
    if (inviteeIds.length) {
      // Only from the proposer's job-alike list: adults of the same network, in other schools.
      const alikes = new Set((await this.discovery.jobAlikes(userId, input.networkId)).map((j) => j.member.userId));
      if (inviteeIds.some((id) => !alikes.has(id)))
        throw badInput('Invite people from your job-alike list.', {
          inviteeIds: 'Choose people from your job-alike list.',
        });
    }
    if (await this.groups.nameTaken(input.networkId, input.name)) throw duplicate();
    if (await this.waiting(input.networkId, input.name)) throw WAITING();
    const network = await this.db.getRepository(Network).findOneByOrFail({ id: input.networkId });
    const proposer = await this.db.getRepository(User).findOneByOrFail({ id: userId });
    try {
      const { proposal, created } = await this.db.transaction(async (m) => {
        const proposal = await m.save(
          m.create(GroupProposal, {
            networkId: input.networkId,
            proposerId: userId,
            name: input.name,
            focus: input.focus,
            subject: input.focus === 'SUBJECT' ? input.subject! : null,
            gradeBand: input.focus === 'GRADE_BAND' ? input.gradeBand! : null,
            role: input.focus === 'ROLE' ? input.role! : null,
            description: input.description ?? '',
            primeFocus: input.primeFocus,
            reason: input.reason,
            inviteeIds,
            status: 'PENDING',
          }),
        );
        // The network lets teachers start groups: no coordinator needed.
        if (network.teachersMayStartGroups) return this.approve(m, proposal, proposer, null);
        const coordinators = await m
          .getRepository(Membership)
          .findBy({ networkId: input.networkId, role: 'COORDINATOR', status: 'ACTIVE' });
        const created = await this.notifications.create(m, {
          userIds: coordinators.map((c) => c.userId),
          networkId: input.networkId,
          kind: 'GROUP_PROPOSED',
          text: `${proposer.displayName} proposes a new group, ${proposal.name}: approve or decline it on the Groups page`,
        });
        return { proposal, created };
      });
      await this.notifications.push(created);
      return proposal;
    } catch (err) {
      if (isUniqueViolation(err)) throw duplicate();
      throw err;
    }
  }

  /** Coordinators approve (the group is made) or decline (with a reason) a pending proposal. */
  async decide(userId: string, input: DecideGroupProposalInput): Promise<GroupProposal> {
    const found = await this.db.getRepository(GroupProposal).findOneBy({ id: input.proposalId });
    if (!found) throw notFound('proposed group');
    await this.require(userId, found, 'decide');
    const reason = input.reason?.trim() ?? '';
    if (!input.approve && !reason)
      throw badInput('Say why you decline it: the person who proposed it will read this.', {
        reason: 'Enter a reason.',
      });
    try {
      const { proposal, created } = await this.db.transaction(async (m) => {
        // One decision per proposal, even when two coordinators click at once.
        const proposal = await m
          .getRepository(GroupProposal)
          .findOne({ where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
        if (!proposal || proposal.status !== 'PENDING') throw conflict('This proposed group was already decided.');
        const proposer = await m.getRepository(User).findOneByOrFail({ id: proposal.proposerId });
        if (input.approve) {
          if (await this.groups.nameTaken(proposal.networkId, proposal.name)) throw duplicate();
          const still = await m
            .getRepository(Membership)
            .findOneBy({ networkId: proposal.networkId, userId: proposal.proposerId, status: 'ACTIVE' });
          if (!still || still.role === 'STUDENT')
            throw conflict(
              'The person who proposed this group is no longer an active member of the network: decline it instead.',
            );
          return this.approve(m, proposal, proposer, userId);
        }
        Object.assign(proposal, {
          status: 'DECLINED',
          declineReason: reason,
          decidedById: userId,
          decidedAt: new Date(),
        });
        await m.save(proposal);
        const created = await this.notifications.create(m, {
          userIds: [proposal.proposerId],
          networkId: proposal.networkId,
          kind: 'GROUP_PROPOSAL_DECIDED',
          text: `Your proposed group ${proposal.name} was not approved: ${reason}`,
        });
        return { proposal, created };
      });
      await this.notifications.push(created);
      return proposal;
    } catch (err) {
      if (isUniqueViolation(err)) throw duplicate();
      throw err;
    }
  }

  /**
   * Proposals the caller may see in the network: for coordinators the pending ones (oldest first),
   * for other adults their own (newest first).
   */
  async list(userId: string, networkId: string): Promise<GroupProposal[]> {
    const me = await this.network.require(userId, networkId, 'browseAdults');
    if (me.role === 'COORDINATOR') return this.pending(userId, networkId);
    return this.db
      .getRepository(GroupProposal)
      .find({ where: { networkId, proposerId: userId }, order: { createdAt: 'DESC' }, take: 20 });
  }

  /** The network's proposed groups waiting for a coordinator, oldest first (coordinators only). */
  async pending(userId: string, networkId: string): Promise<GroupProposal[]> {
    const me = await this.network.require(userId, networkId, 'browseAdults');
    if (me.role !== 'COORDINATOR') throw forbidden('Only a network coordinator can see proposed groups.');
    return this.db
      .getRepository(GroupProposal)
      .find({ where: { networkId, status: 'PENDING' }, order: { createdAt: 'ASC' } });
  }

  /** The memberships of the proposer and the invited people, for showing the proposal. */
  memberships(proposal: GroupProposal, userIds: string[]): Promise<Membership[]> {
    if (!userIds.length) return Promise.resolve([]);
    return this.db.getRepository(Membership).find({
      where: { networkId: proposal.networkId, userId: In(userIds) },
      ...withPeople(this.db),
    });
  }

  /** Students and outsiders never learn a proposal exists; the policy decides for the network's adults. */
  private async require(userId: string, proposal: GroupProposal, action: ProposalAction): Promise<Membership> {
    const me = await this.network.activeMembership(userId, proposal.networkId);
    if (!me || me.role === 'STUDENT') throw notFound('proposed group');
    proposalPolicy.assert({ role: me.role, own: proposal.proposerId === userId }, action);
    return me;
  }

  private async waiting(networkId: string, name: string): Promise<boolean> {
    return this.db
      .getRepository(GroupProposal)
      .createQueryBuilder('p')
      .where(`p.network_id = :networkId AND p.status = 'PENDING' AND lower(p.name) = lower(:name)`, { networkId, name })
      .getExists();
  }

  /** Makes the group (the proposer facilitates it) and asks the invited job-alikes to join. */
  private async approve(
    m: EntityManager,
    proposal: GroupProposal,
    proposer: User,
    deciderId: string | null,
  ): Promise<{ proposal: GroupProposal; created: Notification[] }> {
    const group = await this.groups.insert(
      m,
      {
        networkId: proposal.networkId,
        name: proposal.name,
        focus: proposal.focus,
        subject: proposal.subject ?? undefined,
        gradeBand: proposal.gradeBand ?? undefined,
        role: proposal.role ?? undefined,
        description: proposal.description,
        primeFocus: proposal.primeFocus,
        access: 'OPEN',
      },
      [proposal.proposerId],
      proposal.proposerId,
    );
    Object.assign(proposal, { status: 'APPROVED', groupId: group.id, decidedById: deciderId, decidedAt: new Date() });
    await m.save(proposal);
    // Invited people who are still adults of the network are asked to join; they choose.
    const invitees = proposal.inviteeIds.length
      ? await m.getRepository(Membership).findBy({
          networkId: proposal.networkId,
          userId: In(proposal.inviteeIds),
          status: 'ACTIVE',
          role: In(['TEACHER', 'ADMINISTRATOR', 'COORDINATOR']),
        })
      : [];
    const created = await this.notifications.create(m, {
      userIds: invitees.map((i) => i.userId),
      networkId: proposal.networkId,
      kind: 'GROUP_INVITE',
      text: `${proposer.displayName} invites you to join ${group.name}, a new group: ${proposal.reason}`,
      groupId: group.id,
    });
    if (deciderId) {
      created.push(
        ...(await this.notifications.create(m, {
          userIds: [proposal.proposerId],
          networkId: proposal.networkId,
          kind: 'GROUP_PROPOSAL_DECIDED',
          text: `Your proposed group ${group.name} was approved: you facilitate it, and the people you invited were asked to join`,
          groupId: group.id,
        })),
      );
    }
    return { proposal, created };
  }
}
