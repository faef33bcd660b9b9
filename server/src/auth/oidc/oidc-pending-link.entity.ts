import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { SignInProviderName } from '@switchback/shared';
import { User } from '../user.entity.js';

/**
 * A provider account waiting to be linked to an existing account until the person proves the account
 * is theirs: a password sign-in in the same browser (browser token, in a cookie) or the emailed link
 * (email token). Only hashes of both tokens are stored; used once.
 */
@Entity('oidc_pending_link')
export class OidcPendingLink {
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

  @Index('uq_oidc_pending_link_browser', { unique: true })
  @Column({ type: 'char', length: 64 })
  browserTokenHash: string;

  @Index('uq_oidc_pending_link_email', { unique: true })
  @Column({ type: 'char', length: 64 })
  emailTokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
