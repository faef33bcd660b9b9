import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { School } from '../../networks/school.entity.js';

/** An email domain of a school: a verified provider email with it belongs to that school. One school per domain in a network. */
@Entity('school_email_domain')
@Index('uq_school_email_domain', ['networkId', 'domain'], { unique: true })
export class SchoolEmailDomain {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  networkId: string;

  @Index()
  @Column({ type: 'uuid' })
  schoolId: string;

  @ManyToOne(() => School, { onDelete: 'CASCADE' })
  school: Relation<School>;

  /** Lower case, e.g. "yakutat.k12.ak.us". */
  @Index()
  @Column({ type: 'varchar', length: 253 })
  domain: string;
}
