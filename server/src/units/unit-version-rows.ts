import type { EntityManager } from 'typeorm';
import { plainTextOf } from './unit-content.js';
import { UnitVersion } from './unit-version.entity.js';

/**
 * Reading and writing published versions inside a caller's transaction (publishing, forking), like
 * `lockUnit`: the services that own those operations call these with their entity manager.
 */

/** The unit's newest published version, with its state; null before it is first published. */
export function latestVersion(m: EntityManager, unitId: string): Promise<UnitVersion | null> {
  return m.getRepository(UnitVersion).findOne({ where: { unitId }, order: { number: 'DESC' } });
}

/** Freezes `state` as the unit's next version (the unit's row is locked by the caller). */
export async function freezeVersion(
  m: EntityManager,
  fields: { unitId: string; state: Uint8Array; note: string; createdById: string },
): Promise<UnitVersion> {
  const last = await latestVersion(m, fields.unitId);
  const repo = m.getRepository(UnitVersion);
  return repo.save(
    repo.create({
      unitId: fields.unitId,
      number: (last?.number ?? 0) + 1,
      note: fields.note,
      state: Buffer.from(fields.state),
      text: plainTextOf(fields.state),
      createdById: fields.createdById,
    }),
  );
}
