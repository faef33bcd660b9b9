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
}
