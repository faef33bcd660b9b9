import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { CONVENING_LIMITS, type SessionKind } from '@switchback/shared';
import { SessionKindEnum } from './convening.entity.js';

/** One slot of a convening's agenda: a job-alike session of a group, a plenary, a cross-group session or a social. */
@ObjectType('ConveningSession')
@Entity('convening_session')
export class ConveningSession {
  /** Chosen by the service, so the session's notes document can be created in the same transaction. */
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  conveningId: string;

  @Field(() => SessionKindEnum)
  @Column({ type: 'varchar', length: 12 })
  kind: SessionKind;

  @Field(() => String)
  @Column({ type: 'varchar', length: CONVENING_LIMITS.titleMax })
  title: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => ID, { nullable: true, description: 'The job-alike group (required for job-alike sessions).' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Field(() => String)
  @Column({ type: 'varchar', length: CONVENING_LIMITS.roomMax, default: '' })
  room: string;

  @Field(() => Int, { nullable: true, description: 'Seats; null for no limit.' })
  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  facilitatorId: string | null;

  @Field(() => ID, { description: 'The live document (kind SESSION_NOTES) of the shared notes.' })
  @Column({ type: 'uuid' })
  notesDocumentId: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
