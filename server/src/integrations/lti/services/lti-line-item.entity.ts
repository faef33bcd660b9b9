import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { LtiResourceLink } from '../lti-resource-link.entity.js';

export type LineItemKind = 'SCORE' | 'COMPLETION';

/** A gradebook column Switchback made (or found) in an LMS course for one resource link. */
@Entity('lti_line_item')
@Index('uq_lti_line_item', ['resourceLinkId', 'kind'], { unique: true })
export class LtiLineItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  resourceLinkId: string;

  @ManyToOne(() => LtiResourceLink, { onDelete: 'CASCADE' })
  resourceLink: Relation<LtiResourceLink>;

  @Column({ type: 'varchar', length: 16 })
  kind: LineItemKind;

  /** The line item's URL at the platform. */
  @Column({ type: 'varchar', length: 1000 })
  url: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
