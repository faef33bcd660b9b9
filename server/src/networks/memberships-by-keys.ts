import { In, Not, type DataSource, type FindManyOptions, type FindOptionsSelect } from 'typeorm';
import { USER_COLUMNS } from '../auth/user.entity.js';
import { Membership } from './membership.entity.js';
import { School } from './school.entity.js';

/**
 * Find options for memberships shown with their people: every membership and school column, and the
 * user's public columns only (the User type's: never a password hash or digest settings).
 */
export function withPeople(db: DataSource): Pick<FindManyOptions<Membership>, 'relations' | 'select'> {
  const all = (entity: typeof Membership | typeof School) =>
    Object.fromEntries(db.getMetadata(entity).columns.map((c) => [c.propertyName, true]));
  const select: FindOptionsSelect<Membership> = { ...all(Membership), school: all(School), user: USER_COLUMNS };
  return { relations: { user: true, school: true }, select };
}

/**
 * The memberships behind "networkId:userId" keys, with their people (`withPeople`), in one
 * statement. `adultsOnly`: someone made a student since stays out of sight, so a student's name
 * never reaches another school.
 */
export function membershipsByKeys(
  db: DataSource,
  keys: readonly string[],
  opts: { adultsOnly?: boolean } = {},
): Promise<Membership[]> {
  if (!keys.length) return Promise.resolve([]);
  const pairs = keys.map((k) => k.split(':'));
  return db.getRepository(Membership).find({
    where: {
      networkId: In([...new Set(pairs.map(([n]) => n))]),
      userId: In([...new Set(pairs.map(([, u]) => u))]),
      ...(opts.adultsOnly ? { role: Not('STUDENT' as const) } : {}),
    },
    ...withPeople(db),
  });
}
