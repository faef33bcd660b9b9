import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { GROUP_MEMBER_ROLES, type GroupMemberRole } from '@switchback/shared';
import { User } from '../auth/user.entity.js';
import { Group } from './group.entity.js';

export const GroupMemberRoleEnum = Object.fromEntries(GROUP_MEMBER_ROLES.map((r) => [r, r])) as {
  [K in GroupMemberRole]: K;
};
registerEnumType(GroupMemberRoleEnum, { name: 'GroupMemberRole' });

export type GroupMemberStatus = 'ACTIVE' | 'PENDING';

/** A person in a group, or (PENDING) asking to join a closed one. */
@ObjectType()
@Entity('group_member')
@Index(['groupId', 'userId'], { unique: true })
export class GroupMember {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => Group, { onDelete: 'CASCADE' })
  group: Relation<Group>;

  /** The group's network, kept here so a member's school is one lookup away. */
  @Column({ type: 'uuid' })
  networkId: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user: Relation<User>;

  @Field(() => GroupMemberRoleEnum)
  @Column({ type: 'varchar', length: 20, default: 'MEMBER' })
  role: GroupMemberRole;

  @Field(() => String, { description: 'ACTIVE, or PENDING while a join request waits.' })
  @Column({ type: 'varchar', length: 10, default: 'ACTIVE' })
  status: GroupMemberStatus;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
