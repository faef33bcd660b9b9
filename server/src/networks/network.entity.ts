import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A network of schools. Networks share a deployment but never see each other. */
@ObjectType()
@Entity('network')
export class Network {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Index('uq_network_slug', { unique: true })
  @Column({ type: 'varchar', length: 60 })
  slug: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field({ description: 'Whether teachers may start job-alike groups without waiting for a coordinator.' })
  @Column({ type: 'boolean', default: false })
  teachersMayStartGroups: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
