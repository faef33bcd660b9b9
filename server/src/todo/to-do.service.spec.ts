import { describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import type { AccessService } from '../access/access.service.js';
import type { Membership } from '../networks/membership.entity.js';
import type { ToDoDraft, ToDoProvider } from './to-do-item.js';
import { ToDoService } from './to-do.service.js';
import { isTimeZone, localDay, whenText } from './to-do-time.js';

// Monday 7 December 2026, 20:00 UTC: 11:00 in Anchorage, 13:00 in Denver, 12:00 in Los Angeles.
const NOW = new Date('2026-12-07T20:00:00Z');

const draft = (id: string, dueAt: string | null, kind: ToDoDraft['kind'] = 'REVIEW_TO_WRITE'): ToDoDraft => ({
  id,
  kind,
  title: id,
  dueAt: dueAt ? new Date(dueAt) : null,
  dueLabel: 'Due',
  actionLabel: 'Go',
  path: `/${id}`,
});

/** The service with a membership at a school in `schoolZone` (none when null) and the given providers. */
function service(schoolZone: string | null, providers: ToDoProvider[]) {
  const membership = { role: 'STUDENT', schoolId: schoolZone ? 'school' : null } as Membership;
  const access = { require: () => Promise.resolve(membership) } as unknown as AccessService;
  const db = {
    getRepository: () => ({ findOneBy: () => Promise.resolve(schoolZone ? { timeZone: schoolZone } : null) }),
  } as unknown as DataSource;
  return new ToDoService(db, access, providers);
}

const provider = (...items: ToDoDraft[]): ToDoProvider => ({ items: () => Promise.resolve(items) });

describe('the to-do', () => {
  it('puts the earliest deadline first across providers, and undated things last in the order of their kinds', async () => {
    const list = await service('America/Anchorage', [
      provider(draft('later', '2026-12-12T01:00:00Z'), draft('rate', null, 'FEEDBACK_TO_RATE')),
      provider(draft('isolated', null, 'ISOLATED_MEMBERS'), draft('soon', '2026-12-08T02:00:00Z')),
      provider(draft('late-essay', '2026-12-09T17:00:00Z', 'ESSAY_TO_WRITE')),
    ]).mine('me', 'net', null, NOW);
    expect(list.items.map((i) => i.id)).toEqual(['soon', 'late-essay', 'later', 'rate', 'isolated']);
  });

  it("says dates on the clock of the person's school: the same instant is another day in Anchorage than in Denver", async () => {
    // 02:00 UTC on the 8th is 17:00 on the 7th in Anchorage, 19:00 on the 7th in Denver: today for both.
    // 08:30 UTC on the 8th is still the 7th in Anchorage (23:30) but already the 8th in Denver (01:30).
    const items = [draft('a', '2026-12-08T02:00:00Z'), draft('b', '2026-12-08T08:30:00Z')];
    const alaska = await service('America/Anchorage', [provider(...items)]).mine('me', 'net', null, NOW);
    const montana = await service('America/Denver', [provider(...items)]).mine('me', 'net', null, NOW);
    expect(alaska.timeZone).toBe('America/Anchorage');
    expect(alaska.items.map((i) => i.dueDay)).toEqual(['2026-12-07', '2026-12-07']);
    expect(montana.items.map((i) => i.dueDay)).toEqual(['2026-12-07', '2026-12-08']);
    expect(alaska.items[0]!.when).toMatch(/^Due today, 5:00\sPM AKST$/);
    expect(alaska.items[1]!.when).toMatch(/^Due today, 11:30\sPM AKST$/);
    expect(montana.items[1]!.when).toMatch(/^Due tomorrow, 1:30\sAM MST$/);
  });

  it("uses the browser's zone only for a person with no school, and UTC for a zone it does not know", async () => {
    const items = [draft('a', '2026-12-10T20:00:00Z')];
    const coordinator = await service(null, [provider(...items)]).mine('me', 'net', 'America/Los_Angeles', NOW);
    expect(coordinator.timeZone).toBe('America/Los_Angeles');
    expect(coordinator.items[0]!.when).toMatch(/^Due Thu, Dec 10, 12:00\sPM PST$/);
    const teacher = await service('America/Boise', [provider(...items)]).mine('me', 'net', 'Europe/Paris', NOW);
    expect(teacher.timeZone).toBe('America/Boise');
    const unknown = await service(null, [provider(...items)]).mine('me', 'net', 'Mars/Olympus', NOW);
    expect(unknown.timeZone).toBe('UTC');
  });

  it('names the year only when it is not this year', () => {
    expect(whenText(new Date('2027-01-15T02:00:00Z'), 'America/Anchorage', NOW)).toMatch(
      /^Thu, Jan 14, 2027, 5:00\sPM AKST$/,
    );
    expect(localDay(new Date('2027-01-01T05:00:00Z'), 'America/Denver')).toBe('2026-12-31');
    expect(isTimeZone('America/Anchorage')).toBe(true);
    expect(isTimeZone('Nowhere/Else')).toBe(false);
  });
});
