import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { LtiPlatform } from './lti-platform.entity.js';

/** One deployment of Switchback on a platform (its `deployment_id` claim); launches from others are refused. */
@ObjectType('LtiDeployment')
@Entity('lti_deployment')
@Index('uq_lti_deployment', ['platformId', 'deploymentId'], { unique: true })
export class LtiDeployment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  platformId: string;

  @ManyToOne(() => LtiPlatform, (p) => p.deployments, { onDelete: 'CASCADE' })
  platform: Relation<LtiPlatform>;

  @Field()
  @Column({ type: 'varchar', length: 255 })
  deploymentId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
