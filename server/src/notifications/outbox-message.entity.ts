import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum OutboxStatus {
  /** No SMTP server is configured: kept here for the coordinator to see. */
  STORED = 'STORED',
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(OutboxStatus, { name: 'OutboxStatus' });

/** An email, written in the same transaction as the change that caused it and sent afterwards. */
@ObjectType()
@Entity('outbox_message')
@Index(['networkId', 'createdAt'])
@Index(['status', 'createdAt'])
export class OutboxMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  networkId: string | null;

  @Field()
  @Column({ type: 'varchar', length: 254 })
  toAddress: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Field()
  @Column({ type: 'text' })
  body: string;

  /** The link the email carries (invitation, reset), for the outbox page. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  link: string | null;

  @Field()
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Field(() => OutboxStatus)
  @Column({ type: 'varchar', length: 12 })
  status: OutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
