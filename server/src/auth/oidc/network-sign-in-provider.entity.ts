import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { SignInProviderName } from '@switchback/shared';
import { Network } from '../../networks/network.entity.js';

/** A network's choice to let its people sign in with a provider (the provider's secret is configuration). */
@Entity('network_sign_in_provider')
@Index('uq_network_sign_in_provider', ['networkId', 'provider'], { unique: true })
export class NetworkSignInProvider {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  network: Relation<Network>;

  @Column({ type: 'varchar', length: 16 })
  provider: SignInProviderName;

  @Column({ type: 'boolean', default: false })
  enabled: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
