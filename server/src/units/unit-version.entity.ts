import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A published version of a unit: the content frozen when it was published (or its changes were),
 * what the library shows and forks copy. The authors' live document is the draft of the next one.
 */
@ObjectType()
@Entity('unit_version')
@Index(['unitId', 'number'], { unique: true })
export class UnitVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  unitId: string;

  @Field(() => Int, { description: '1 for the first publication, then 2, 3…' })
  @Column({ type: 'int' })
  number: number;

  @Field({ description: 'What changed, in the words of whoever published it.' })
  @Column({ type: 'text' })
  note: string;

  /** The Yjs state of the unit's document when it was published (a full update). */
  @Column({ type: 'bytea' })
  state: Buffer;

  /** Its plain text, for the library's search. */
  @Column({ type: 'text', default: '' })
  text: string;

  @Column({ type: 'uuid' })
  createdById: string;

  @Field({ description: 'When it was published.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
