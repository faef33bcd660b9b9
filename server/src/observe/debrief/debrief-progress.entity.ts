import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { DebriefStep } from '@switchback/shared';

/** Where one round's debrief is in the protocol (no row yet: at the first step). */
@Entity('debrief_progress')
export class DebriefProgress {
  @PrimaryColumn({ type: 'uuid' })
  lessonStudyId: string;

  @PrimaryColumn({ type: 'smallint' })
  round: number;

  @Column({ type: 'varchar', length: 24 })
  step: DebriefStep;

  /** Who last moved it on (null while at the first step). */
  @Column({ type: 'uuid', nullable: true })
  movedById: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
