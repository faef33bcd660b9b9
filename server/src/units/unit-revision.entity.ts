import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A named version of a unit: the whole document's state when it was saved. */
@ObjectType()
@Entity('unit_revision')
@Index(['unitId', 'createdAt'])
export class UnitRevision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  unitId: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  /** The Yjs state of the unit's document (a full update). */
  @Column({ type: 'bytea' })
  state: Buffer;

  @Column({ type: 'uuid' })
  createdById: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
