import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import {
  ACTION_ITEM_TARGETS,
  CONVENING_LIMITS,
  CONVENING_SEASONS,
  CONVENING_STATUSES,
  REGISTRATION_STATUSES,
  SEAT_STATUSES,
  SESSION_KINDS,
  type ConveningSeason,
  type ConveningStatus,
} from '@switchback/shared';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const ConveningSeasonEnum = asEnum(CONVENING_SEASONS);
export const ConveningStatusEnum = asEnum(CONVENING_STATUSES);
export const SessionKindEnum = asEnum(SESSION_KINDS);
export const RegistrationStatusEnum = asEnum(REGISTRATION_STATUSES);
export const SeatStatusEnum = asEnum(SEAT_STATUSES);
export const ActionItemTargetEnum = asEnum(ACTION_ITEM_TARGETS);
registerEnumType(ConveningSeasonEnum, { name: 'ConveningSeason' });
registerEnumType(ConveningStatusEnum, {
  name: 'ConveningStatus',
  description: 'DRAFT: only coordinators see it. PUBLISHED: the network sees it and may register.',
});
registerEnumType(SessionKindEnum, { name: 'SessionKind' });
registerEnumType(RegistrationStatusEnum, { name: 'RegistrationStatus' });
registerEnumType(SeatStatusEnum, { name: 'SeatStatus' });
registerEnumType(ActionItemTargetEnum, { name: 'ActionItemTarget' });

/** A twice-yearly in-person gathering of a network, with its schedule of sessions. */
@ObjectType('Convening')
@Entity('convening')
export class Convening {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  networkId: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: CONVENING_LIMITS.titleMax })
  title: string;

  @Field(() => ConveningSeasonEnum)
  @Column({ type: 'varchar', length: 6 })
  season: ConveningSeason;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Field(() => String, { description: "The venue's IANA time zone: the agenda's wall-clock times are in it." })
  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: CONVENING_LIMITS.venueMax })
  venue: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: CONVENING_LIMITS.addressMax, default: '' })
  address: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  hostSchoolId: string | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  registrationDeadline: Date;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => ConveningStatusEnum)
  @Column({ type: 'varchar', length: 10, default: 'DRAFT' })
  status: ConveningStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
