import type { EntityManager } from 'typeorm';
import type { UnitStatus } from '@switchback/shared';
import { forbidden, notFound } from '../common/errors.js';
import { Unit } from './unit.entity.js';

/** Locks the unit's row for a status change and checks that its status is still one of `allowed`. */
export async function lockUnit(
  m: EntityManager,
  unitId: string,
  allowed: readonly UnitStatus[],
  refusal: string,
): Promise<Unit> {
  const unit = await m.getRepository(Unit).findOne({ where: { id: unitId }, lock: { mode: 'pessimistic_write' } });
  if (!unit) throw notFound('unit');
  if (!allowed.includes(unit.status)) throw forbidden(refusal);
  return unit;
}
