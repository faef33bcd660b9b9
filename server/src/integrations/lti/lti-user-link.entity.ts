import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../../auth/user.entity.js';
import { LtiPlatform } from './lti-platform.entity.js';

/** A platform's user (`sub`) bound to a Switchback account: the only way a launch signs someone in. */
@Entity('lti_user_link')
@Index('uq_lti_user_link', ['platformId', 'sub'], { unique: true })
export class LtiUserLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  platformId: string;

  @ManyToOne(() => LtiPlatform, { onDelete: 'CASCADE' })
  platform: Relation<LtiPlatform>;

  @Column({ type: 'varchar', length: 255 })
  sub: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
