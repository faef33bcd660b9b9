import type { EntityManager } from 'typeorm';
import { Membership } from '../networks/membership.entity.js';
import { Enrollment } from './enrollment.entity.js';
import type { SchoolClass } from './school-class.entity.js';

/** Why a person cannot be put in a class as a student, from their membership of its network. */
export type EnrollRefusal = 'NOT_STUDENT' | 'DEACTIVATED' | 'REMOVED' | 'OTHER_SCHOOL';

export type EnrollResult = { kind: 'ADDED' | 'ALREADY' } | { kind: 'REFUSED'; why: EnrollRefusal };

/**
 * Puts a student in a class, in the caller's transaction: a student membership of the class's school
 * when they have none in its network, then the enrollment (once). Every way in uses it: the class
 * code, a school account, an LTI launch, an LMS roster sync, a OneRoster import. A membership that is
 * not a student's, deactivated, removed (unless `reactivateRemoved`) or at another school refuses, and
 * the caller says why in its own words.
 */
export async function enrollStudent(
  m: EntityManager,
  userId: string,
  cls: Pick<SchoolClass, 'id' | 'networkId' | 'schoolId'>,
  opts: { reactivateRemoved?: boolean } = {},
): Promise<EnrollResult> {
  const membership = await m.getRepository(Membership).findOneBy({ userId, networkId: cls.networkId });
  if (membership) {
    if (membership.role !== 'STUDENT') return { kind: 'REFUSED', why: 'NOT_STUDENT' };
    if (membership.status === 'DEACTIVATED') return { kind: 'REFUSED', why: 'DEACTIVATED' };
    if (membership.status === 'REMOVED' && !opts.reactivateRemoved) return { kind: 'REFUSED', why: 'REMOVED' };
    if (membership.schoolId !== cls.schoolId) return { kind: 'REFUSED', why: 'OTHER_SCHOOL' };
    if (membership.status === 'REMOVED') await m.update(Membership, membership.id, { status: 'ACTIVE' });
  } else {
    await m.insert(Membership, { userId, networkId: cls.networkId, schoolId: cls.schoolId, role: 'STUDENT' });
  }
  const inserted = await m
    .createQueryBuilder()
    .insert()
    .into(Enrollment)
    .values({ classId: cls.id, studentId: userId })
    .orIgnore()
    .returning(['id'])
    .execute();
  return { kind: (inserted.raw as unknown[]).length ? 'ADDED' : 'ALREADY' };
}
