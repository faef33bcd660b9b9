import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ObservationOwnerKind } from '@switchback/shared';

import { ObservationOwnerKindEnum } from '../../media/dto/observation-owner-kind.enum.js';

export { ObservationOwnerKindEnum };

/**
 * One observer's time-stamped note on a lesson: on a recording (`mediaId`, `atSeconds`) or on the
 * clock in person (`observedAt`). The id is made by the client, so a note written offline and sent
 * twice is stored once.
 */
@ObjectType('ObservationNote')
@Entity('observation_note')
@Index(['ownerKind', 'ownerId', 'authorId'])
export class ObservationNote {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ObservationOwnerKindEnum)
  @Column({ type: 'varchar', length: 20 })
  ownerKind: ObservationOwnerKind;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  ownerId: string;

  @Column({ type: 'uuid' })
  networkId: string;

  @Column({ type: 'uuid' })
  authorId: string;

  @Field(() => Int, {
    description:
      "The owner's round it was written in (2 for a lesson study's re-taught lesson); shared with that round's debrief.",
  })
  @Column({ type: 'int', default: 1 })
  round: number;

  @Field(() => ID, { nullable: true, description: 'The recording the note is on.' })
  @Column({ type: 'uuid', nullable: true })
  mediaId: string | null;

  @Field(() => Float, { nullable: true, description: 'Seconds into the recording.' })
  @Column({ type: 'double precision', nullable: true })
  atSeconds: number | null;

  @Field(() => Date, { nullable: true, description: 'When it was seen, for notes taken in the room.' })
  @Column({ type: 'timestamptz', nullable: true })
  observedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The "look for" point of the plan the note is evidence for.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  lookForId: string | null;

  @Field(() => String, { nullable: true, description: 'A student group such as "Group 3" (never a name).' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  studentGroup: string | null;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
