import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MENTORSHIP_STATUSES, type MentorshipStatus } from '@switchback/shared';

/** What the person asking may do with a pair, decided once per pair per request by MentorshipsService. */
export interface MentorshipViewer {
  /** One of the pair: reads its goals, meeting notes, next steps and co-planned unit. */
  readsPrivate: boolean;
  /** One of the pair while it is active: edits goals, logs meetings. */
  writes: boolean;
}

/** Deny by default: a pair the service did not decide for shows nothing private and allows nothing. */
const NOBODY: MentorshipViewer = { readsPrivate: false, writes: false };

export const MentorshipStatusEnum = Object.fromEntries(MENTORSHIP_STATUSES.map((s) => [s, s])) as {
  [K in MentorshipStatus]: K;
};
registerEnumType(MentorshipStatusEnum, { name: 'MentorshipStatus' });

/**
 * A mentoring pair: an experienced teacher (mentor) and a newer one (mentee) of one network, in
 * different schools. Goals and the meeting log are private to the two; see mentorship.policy.ts.
 */
@ObjectType({ description: 'A mentoring pair. Goals, notes and next steps are null for anyone but the pair.' })
@Entity('mentorship')
@Index('uq_mentorship_active_pair', ['networkId', 'mentorId', 'menteeId'], { unique: true, where: `status = 'ACTIVE'` })
export class Mentorship {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  networkId: string;

  /** The experienced teacher's user id. */
  @Index()
  @Column({ type: 'uuid' })
  mentorId: string;

  /** The newer teacher's user id. */
  @Index()
  @Column({ type: 'uuid' })
  menteeId: string;

  @Field(() => MentorshipStatusEnum)
  @Column({ type: 'varchar', length: 10, default: 'ACTIVE' })
  status: MentorshipStatus;

  /** The pair's shared goals (private to the pair). */
  @Column({ type: 'text', default: '' })
  goals: string;

  /** A unit of the network the pair co-plans in its live editor (private to the pair). */
  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  startedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /** The caller's reading of this pair, set by MentorshipsService (not stored); see `viewerOf`. */
  viewer?: MentorshipViewer;
}

/** What the caller may do with a pair, as the service decided it (nothing when it did not). */
export const viewerOf = (m: Mentorship): MentorshipViewer => m.viewer ?? NOBODY;
