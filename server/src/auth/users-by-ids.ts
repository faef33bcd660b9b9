import { In, type DataSource, type EntityManager } from 'typeorm';
import { User, USER_COLUMNS } from './user.entity.js';

/**
 * People by id as they are shown (the User type's columns, `USER_COLUMNS`: never a password hash or
 * digest settings), in one statement; ids repeated or missing are fine.
 */
export function usersByIds(db: DataSource | EntityManager, ids: readonly string[]): Promise<User[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return Promise.resolve([]);
  return db.getRepository(User).find({ select: USER_COLUMNS, where: { id: In(unique) } });
}
