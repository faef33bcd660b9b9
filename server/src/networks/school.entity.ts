import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Network } from './network.entity.js';

@ObjectType()
@Entity('school')
@Index('uq_school_network_name', ['networkId', 'name'], { unique: true })
export class School {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  network: Relation<Network>;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** Two-letter postal code, e.g. "AK". */
  @Field()
  @Column({ type: 'char', length: 2 })
  state: string;

  /** Town or area, e.g. "Yakutat". */
  @Field()
  @Column({ type: 'varchar', length: 120 })
  locality: string;

  /** IANA time zone, e.g. "America/Anchorage". */
  @Field()
  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
