import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UNIT_STATUSES, type UnitStatus } from '@switchback/shared';

export const UnitStatusEnum = Object.fromEntries(UNIT_STATUSES.map((s) => [s, s])) as { [K in UnitStatus]: K };
registerEnumType(UnitStatusEnum, { name: 'UnitStatus' });

/** A curriculum unit co-written by a job-alike group; its body is a live document. */
@ObjectType()
@Entity('unit')
@Index(['networkId', 'status'])
export class Unit {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  networkId: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  groupId: string;

  @Field(() => ID, { description: 'The live document to join on the /collab socket.io namespace.' })
  @Column({ type: 'uuid', unique: true })
  documentId: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field()
  @Column({ type: 'varchar', length: 60, default: '' })
  subject: string;

  @Field(() => String, { nullable: true, description: 'K-2, 3-5, 6-8 or 9-12.' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  gradeBand: string | null;

  @Field()
  @Column({ type: 'text', default: '' })
  summary: string;

  @Field(() => UnitStatusEnum)
  @Column({ type: 'varchar', length: 12, default: 'DRAFT' })
  status: UnitStatus;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  forkedFromId: string | null;

  @Field(() => ID, { nullable: true, description: 'The published version of the original that the fork copied.' })
  @Column({ type: 'uuid', nullable: true })
  forkedFromVersionId: string | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
