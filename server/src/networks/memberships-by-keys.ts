import type { DataSource } from 'typeorm';
import { USER_COLUMNS } from '../auth/user.entity.js';
import { Membership } from './membership.entity.js';

/** The user columns a membership brings along: the User type's (never a password hash or digest settings). */
const USER_FIELDS = Object.keys(USER_COLUMNS).map((c) => `user.${c}`);

/**
 * The memberships behind "networkId:userId" keys, with their school and their user (as people are
 * shown by name), in one statement. `adultsOnly`: someone made a student since stays out of sight,
 * so a student's name never reaches another school.
 */
export function membershipsByKeys(
  db: DataSource,
  keys: readonly string[],
  opts: { adultsOnly?: boolean } = {},
): Promise<Membership[]> {
  if (!keys.length) return Promise.resolve([]);
  const pairs = keys.map((k) => k.split(':'));
  const query = db
    .getRepository(Membership)
    .createQueryBuilder('m')
    .leftJoinAndSelect('m.school', 'school')
    .innerJoin('m.user', 'user')
    .addSelect(USER_FIELDS)
    .where('m.networkId IN (:...networkIds)', { networkIds: [...new Set(pairs.map(([n]) => n))] })
    .andWhere('m.userId IN (:...userIds)', { userIds: [...new Set(pairs.map(([, u]) => u))] });
  if (opts.adultsOnly) query.andWhere("m.role <> 'STUDENT'");
  return query.getMany();
}
