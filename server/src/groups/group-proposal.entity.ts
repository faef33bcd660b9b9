import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { GroupFocus, NetworkRole, PrimeFocus } from '@switchback/shared';
import { Role } from '../networks/membership.entity.js';
import { GroupFocusEnum, PrimeFocusEnum } from './group.entity.js';

export const PROPOSAL_STATUSES = ['PENDING', 'APPROVED', 'DECLINED'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const ProposalStatusEnum = Object.fromEntries(PROPOSAL_STATUSES.map((s) => [s, s])) as {
  [K in ProposalStatus]: K;
};
registerEnumType(ProposalStatusEnum, {
  name: 'GroupProposalStatus',
  description: 'PENDING: waits for a coordinator. APPROVED: the group exists. DECLINED: with a reason.',
});

/**
 * A teacher's proposal of a job-alike group, inviting some of their job-alikes. It waits for a
 * coordinator unless the network lets teachers start groups directly; once approved the group
 * exists with the proposer as facilitator and the invited people are asked (never added) to join.
 */
@ObjectType()
@Entity('group_proposal')
@Index(['networkId', 'status', 'createdAt'])
export class GroupProposal {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  networkId: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  proposerId: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field(() => GroupFocusEnum)
  @Column({ type: 'varchar', length: 20 })
  focus: GroupFocus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 60, nullable: true })
  subject: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 8, nullable: true })
  gradeBand: string | null;

  @Field(() => Role, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  role: NetworkRole | null;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => PrimeFocusEnum)
  @Column({ type: 'varchar', length: 20 })
  primeFocus: PrimeFocus;

  @Field({ description: 'Why the proposer wants this group, in their words.' })
  @Column({ type: 'varchar', length: 500, default: '' })
  reason: string;

  /** The job-alikes the proposer invites (user ids, adults of the network). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  inviteeIds: string[];

  @Field(() => ProposalStatusEnum)
  @Column({ type: 'varchar', length: 10, default: 'PENDING' })
  status: ProposalStatus;

  @Field(() => String, { nullable: true, description: 'Why a coordinator declined it.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  declineReason: string | null;

  /** The coordinator who decided; null while pending, and when the network let the teacher start it directly. */
  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The group made from it, once approved.' })
  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
