import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { SignInProviderName } from '@switchback/shared';

/**
 * One sign-in on its way through a provider: the PKCE verifier and nonce, kept server-side under a
 * hash of the `state`, which the browser also holds in a cookie. Used once: a replayed callback finds
 * it used and is refused.
 */
@Entity('oidc_flow')
export class OidcFlow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_oidc_flow_state', { unique: true })
  @Column({ type: 'char', length: 64 })
  stateHash: string;

  @Column({ type: 'varchar', length: 16 })
  provider: SignInProviderName;

  /** sign-in, join (a student with a class code) or bind (a signed-in student links their school account). */
  @Column({ type: 'varchar', length: 8 })
  intent: 'sign-in' | 'join' | 'bind';

  @Column({ type: 'varchar', length: 128 })
  codeVerifier: string;

  @Column({ type: 'varchar', length: 128 })
  nonce: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  joinCode: string | null;

  /** The signed-in student who binds their school account. */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  next: string | null;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
