import type { EntityManager } from 'typeorm';
import { UNIT_LIMITS } from '@switchback/shared';
import { fieldError } from '../common/errors.js';
import { Unit } from './unit.entity.js';

/** The title a fork dialog offers: the original's, marked as adapted. */
export const adaptedTitle = (title: string, n = 1): string => `${title} (adapted${n > 1 ? ` ${n}` : ''})`;

/** Titles compare without case and surrounding or repeated spaces: "Salmon  runs" is "salmon runs". */
const key = (title: string) => title.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The title of an adaptation in the group `groupId`. A title the person typed must be new in that
 * group (a second unit with the same title is the confusion this prevents); without one, the
 * original's title if the group has no unit of that name, else "<title> (adapted)", "(adapted 2)"….
 */
export async function forkTitle(
  m: EntityManager,
  groupId: string,
  sourceTitle: string,
  requested: string | null | undefined,
): Promise<string> {
  const rows: { title: string }[] = await m.getRepository(Unit).find({ select: { title: true }, where: { groupId } });
  const taken = new Set(rows.map((r) => key(r.title)));
  if (requested == null) {
    const candidates = [sourceTitle, ...Array.from({ length: 50 }, (_, i) => adaptedTitle(sourceTitle, i + 1))];
    return candidates.find((t) => !taken.has(key(t)) && t.length <= UNIT_LIMITS.titleMax) ?? sourceTitle;
  }
  const title = requested.trim().replace(/\s+/g, ' ');
  if (title === '') throw fieldError('title', 'Give the adapted unit a title.');
  if (title.length > UNIT_LIMITS.titleMax) {
    throw fieldError('title', `Keep the title under ${UNIT_LIMITS.titleMax} characters.`);
  }
  if (taken.has(key(title))) {
    throw fieldError(
      'title',
      `Your group already has a unit called “${title}”. Give the adaptation a title of its own, for example “${adaptedTitle(sourceTitle)}”.`,
    );
  }
  return title;
}
