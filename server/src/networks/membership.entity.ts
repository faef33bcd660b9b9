import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MEMBERSHIP_STATUSES, NETWORK_ROLES, type MembershipStatus, type NetworkRole } from '@switchback/shared';
import { User } from '../auth/user.entity.js';
import { Network } from './network.entity.js';
import { School } from './school.entity.js';

export const Role = Object.fromEntries(NETWORK_ROLES.map((r) => [r, r])) as { [K in NetworkRole]: K };
registerEnumType(Role, { name: 'Role', description: 'What a person does in a network.' });

export const MemberStatus = Object.fromEntries(MEMBERSHIP_STATUSES.map((s) => [s, s])) as {
  [K in MembershipStatus]: K;
};
registerEnumType(MemberStatus, { name: 'MemberStatus' });

/** A person's place in one network: role, school, and (for teachers) subjects and grade levels. */
@ObjectType('Member')
@Entity('membership')
@Index('uq_membership_user_network', ['userId', 'networkId'], { unique: true })
export class Membership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Field(() => User)
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user: Relation<User>;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  networkId: string;

  @Field(() => Network)
  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  network: Relation<Network>;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  schoolId: string | null;

  @Field(() => School, { nullable: true })
  @ManyToOne(() => School, { onDelete: 'RESTRICT', nullable: true })
  school: Relation<School> | null;

  @Field(() => Role)
  @Column({ type: 'varchar', length: 20 })
  role: NetworkRole;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  subjects: string[];

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  gradeLevels: string[];

  @Field(() => MemberStatus)
  @Column({ type: 'varchar', length: 20, default: 'ACTIVE' })
  status: MembershipStatus;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
