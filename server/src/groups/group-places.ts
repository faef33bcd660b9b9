import { In, type DataSource } from 'typeorm';
import type { GqlContext } from '../common/auth-context.js';
import { loaderFor, oneEach } from '../common/loaders.js';
import { GroupMember } from './group-member.entity.js';

/**
 * Someone's places (active or pending) in these groups. Given the request's context, each is read
 * once per request and shared by the group and unit access contexts; without one, it reads them now.
 */
export async function groupPlaces(
  db: DataSource,
  userId: string,
  groupIds: readonly string[],
  ctx?: GqlContext,
): Promise<GroupMember[]> {
  const unique = [...new Set(groupIds)];
  if (!unique.length) return [];
  const read = (ids: readonly string[]) => db.getRepository(GroupMember).findBy({ userId, groupId: In([...ids]) });
  if (!ctx) return read(unique);
  const loader = loaderFor<string, GroupMember | null>(ctx, `groupPlaces:${userId}`, async (ids) =>
    oneEach(ids, await read(ids), (p) => p.groupId),
  );
  const places = await Promise.all(unique.map((id) => loader.load(id)));
  return places.filter((p): p is GroupMember => p !== null);
}
