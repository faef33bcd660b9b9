import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An in-app notification: a mention, a reply, a join request or its approval. */
@ObjectType()
@Entity('notification')
@Index(['userId', 'createdAt'])
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  networkId: string;

  @Field({ description: 'MENTION, REPLY, JOIN_REQUEST, JOIN_APPROVED, MESSAGE, …' })
  @Column({ type: 'varchar', length: 30 })
  kind: string;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  text: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  postId: string | null;

  @Field(() => ID, { nullable: true, description: 'The conversation of a MESSAGE notification.' })
  @Column({ type: 'uuid', nullable: true })
  conversationId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The unit of a UNIT_REVIEW or UNIT_UPDATED notification (for UNIT_UPDATED, the adaptation).',
  })
  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Where it leads, as a short link (`/go/<kind>/<id>`, shared/src/links.ts) the server resolves for the person: a mentoring pair, or a lesson study (its guest page for a guest).',
  })
  @Column({ type: 'varchar', length: 200, nullable: true })
  link: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
