import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { NetworkRole } from '@switchback/shared';
import { Network } from './network.entity.js';
import { School } from './school.entity.js';
import { Role } from './membership.entity.js';

/** An emailed, single-use invitation to join a network with a role (only a hash of its token is stored). */
@ObjectType()
@Entity('invitation')
export class Invitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  networkId: string;

  @Field(() => Network)
  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  network: Relation<Network>;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  schoolId: string | null;

  @Field(() => School, { nullable: true })
  @ManyToOne(() => School, { onDelete: 'CASCADE', nullable: true })
  school: Relation<School> | null;

  @Field()
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Field(() => Role)
  @Column({ type: 'varchar', length: 20 })
  role: NetworkRole;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  subjects: string[];

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  gradeLevels: string[];

  @Index('uq_invitation_token_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'uuid' })
  invitedById: string;

  @Field()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Not stored (only its hash is): set in the answer to the mutation that made the link. */
  @Field(() => String, {
    nullable: true,
    description:
      'The invitation link, only in the answer to the mutation that made it (inviteMember, ' +
      'resendInvitation, newInvitationLink): only a hash is stored, so it cannot be read again.',
  })
  link?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'In the answer to inviteMember and resendInvitation: true when a mail server is set up and the ' +
      'link is being emailed; false when it is only kept in the outbox (send the link yourself).',
  })
  emailed?: boolean | null;
}
