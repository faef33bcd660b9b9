import { Column, Entity, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { SignInProviderName } from '@switchback/shared';
import { SchoolClass } from '../../classes/school-class.entity.js';

/** A class whose students sign in with their school Google or Microsoft account. */
@Entity('class_sign_in_setting')
export class ClassSignInSetting {
  @PrimaryColumn({ type: 'uuid' })
  classId: string;

  @ManyToOne(() => SchoolClass, { onDelete: 'CASCADE' })
  class: Relation<SchoolClass>;

  @Column({ type: 'varchar', length: 16 })
  provider: SignInProviderName;
}
