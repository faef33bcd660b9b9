import { In, type DataSource } from 'typeorm';
import type { GqlContext } from '../common/auth-context.js';
import { readOncePerRequest } from '../common/loaders.js';
import { GroupMember } from './group-member.entity.js';

/**
 * Someone's places (active or pending) in these groups, once per request (`readOncePerRequest`):
 * the group and unit access contexts of a request share them.
 */
export function groupPlaces(
  db: DataSource,
  userId: string,
  groupIds: readonly string[],
  ctx?: GqlContext,
): Promise<GroupMember[]> {
  return readOncePerRequest(
    ctx,
    `groupPlaces:${userId}`,
    groupIds,
    (ids) => db.getRepository(GroupMember).findBy({ userId, groupId: In([...ids]) }),
    (p) => p.groupId,
  );
}
