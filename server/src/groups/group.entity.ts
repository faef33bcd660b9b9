import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import {
  GROUP_ACCESS,
  GROUP_FOCUSES,
  PRIME_FOCUSES,
  type GroupAccess,
  type GroupFocus,
  type NetworkRole,
  type PrimeFocus,
} from '@switchback/shared';
import { Role } from '../networks/membership.entity.js';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const GroupFocusEnum = asEnum(GROUP_FOCUSES);
export const PrimeFocusEnum = asEnum(PRIME_FOCUSES);
export const GroupAccessEnum = asEnum(GROUP_ACCESS);
registerEnumType(GroupFocusEnum, { name: 'GroupFocus', description: 'What a job-alike group gathers people by.' });
registerEnumType(PrimeFocusEnum, { name: 'PrimeFocus', description: 'The prime focus of the joint work.' });
registerEnumType(GroupAccessEnum, {
  name: 'GroupAccess',
  description: 'OPEN: anyone joins. CLOSED: facilitators approve.',
});

/** A job-alike group: the math teachers, the grades 6–8 teachers, the principals… */
@ObjectType()
@Entity('group')
@Index(['networkId', 'name'], { unique: true })
export class Group {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  networkId: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field(() => GroupFocusEnum)
  @Column({ type: 'varchar', length: 20 })
  focus: GroupFocus;

  @Field(() => String, { nullable: true, description: 'For SUBJECT groups.' })
  @Column({ type: 'varchar', length: 60, nullable: true })
  subject: string | null;

  @Field(() => String, { nullable: true, description: 'For GRADE_BAND groups, e.g. 6-8.' })
  @Column({ type: 'varchar', length: 8, nullable: true })
  gradeBand: string | null;

  @Field(() => Role, { nullable: true, description: 'For ROLE groups, e.g. ADMINISTRATOR.' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  role: NetworkRole | null;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => PrimeFocusEnum)
  @Column({ type: 'varchar', length: 20 })
  primeFocus: PrimeFocus;

  @Field(() => GroupAccessEnum)
  @Column({ type: 'varchar', length: 10, default: 'OPEN' })
  access: GroupAccess;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Field({ description: 'Last join, goal or post.' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastActivityAt: Date;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
