import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { LinkKind } from './oneroster-plan.types.js';

/**
 * What a OneRoster record (by its sourcedId) was imported as, per network: re-imports find their
 * records here, so nothing is created twice. `kind` is org (a school), user, class or enrollment.
 */
@Entity('oneroster_link')
@Index('uq_oneroster_link', ['networkId', 'kind', 'sourcedId'], { unique: true })
export class OneRosterLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  networkId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: LinkKind;

  @Column({ type: 'varchar', length: 255 })
  sourcedId: string;

  @Index('ix_oneroster_link_entity')
  @Column({ type: 'uuid' })
  entityId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
