import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { SignInProviderName } from '@switchback/shared';
import { User } from '../user.entity.js';

/**
 * A provider account (its `sub`) that signs a Switchback account in. No email is kept: a student's
 * school email never needs storing, and an adult's is already their account's.
 */
@Entity('oidc_link')
@Index('uq_oidc_link_subject', ['provider', 'subject'], { unique: true })
export class OidcLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  provider: SignInProviderName;

  @Column({ type: 'varchar', length: 255 })
  subject: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
