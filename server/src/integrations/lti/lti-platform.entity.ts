import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { User } from '../../auth/user.entity.js';
import { Network } from '../../networks/network.entity.js';
import { LtiDeployment } from './lti-deployment.entity.js';

/**
 * An LMS (Schoology, Canvas, Moodle …) registered by a network's coordinator: Switchback is an LTI 1.3
 * tool it launches. Only public values are kept: the platform's key set is fetched from `jwksUrl`.
 */
@ObjectType('LtiPlatform')
@Entity('lti_platform')
@Index('uq_lti_platform_issuer_client', ['issuer', 'clientId'], { unique: true })
export class LtiPlatform {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  network: Relation<Network>;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** The `iss` of the platform's id tokens, e.g. https://canvas.instructure.com. */
  @Field()
  @Column({ type: 'varchar', length: 500 })
  issuer: string;

  /** The client id the platform gave Switchback (`aud` of its id tokens). */
  @Field()
  @Column({ type: 'varchar', length: 255 })
  clientId: string;

  /** The platform's OIDC authorization endpoint (where /lti/login redirects). */
  @Field()
  @Column({ type: 'varchar', length: 1000 })
  authLoginUrl: string;

  /** The platform's OAuth 2 token endpoint (client_credentials for NRPS and AGS). */
  @Field()
  @Column({ type: 'varchar', length: 1000 })
  authTokenUrl: string;

  /** The platform's public key set. */
  @Field()
  @Column({ type: 'varchar', length: 1000 })
  jwksUrl: string;

  /** The deployment ids launches may come from. */
  @OneToMany(() => LtiDeployment, (d) => d.platform)
  deployments?: LtiDeployment[];

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  createdBy: Relation<User> | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
