import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CALIBRATE_FIRST } from '@switchback/shared';
import { forbidden } from '../../common/errors.js';
import { accuracies, essayDone } from './calibration-views.js';
import { ExchangeCalibrationEssay } from './exchange-calibration-essay.entity.js';
import { StudentCalibrationAttempt } from './student-calibration-attempt.entity.js';

export { CALIBRATE_FIRST };

/**
 * Where students stand in an exchange's calibration, inside the caller's transaction: the chosen
 * example essays, whether a student has done them all (reviews wait until then), and every
 * student's accuracy (the allocation's tie-breaker and the results' weights). No access decision
 * of its own: reviews and the allocation call it for a student already checked.
 */
@Injectable()
export class CalibrationProgressService {
  /** The chosen anchor papers' ids of an exchange, in order (none: calibration is off). */
  async chosen(m: EntityManager, exchangeId: string): Promise<string[]> {
    const rows = await m
      .getRepository(ExchangeCalibrationEssay)
      .find({ where: { exchangeId }, order: { position: 'ASC' } });
    return rows.map((r) => r.essayId);
  }

  /** Refuses reviewing until the student has done every example essay (when calibration is on). */
  async assertCalibrated(m: EntityManager, exchangeId: string, studentId: string): Promise<void> {
    const essayIds = await this.chosen(m, exchangeId);
    if (!essayIds.length) return;
    const attempts = await m.getRepository(StudentCalibrationAttempt).findBy({ exchangeId, studentId });
    if (!essayIds.every((id) => essayDone(attempts.filter((a) => a.essayId === id)))) throw forbidden(CALIBRATE_FIRST);
  }

  /** Every student's accuracy in an exchange (only students who scored an example essay). */
  async accuracies(m: EntityManager, exchangeId: string): Promise<ReturnType<typeof accuracies>> {
    const essayIds = await this.chosen(m, exchangeId);
    if (!essayIds.length) return new Map();
    return accuracies(await m.getRepository(StudentCalibrationAttempt).findBy({ exchangeId }), essayIds);
  }

  /** Every attempt in an exchange (for the results). */
  attempts(m: EntityManager, exchangeId: string): Promise<StudentCalibrationAttempt[]> {
    return m.getRepository(StudentCalibrationAttempt).findBy({ exchangeId });
  }
}
