import { describe, expect, it } from '@jest/globals';
import type { ConveningSession } from './convening-session.entity.js';
import { choosingClosed, sessionChoices, type ChoiceFacts } from './session-choices.js';

const at = (h: number, m = 0) => new Date(Date.UTC(2026, 9, 1, h, m));
const session = (id: string, from: number, to: number, extra: Partial<ConveningSession> = {}) =>
  ({
    id,
    title: id,
    kind: 'PLENARY',
    groupId: null,
    capacity: null,
    startsAt: at(from),
    endsAt: at(to),
    ...extra,
  }) as ConveningSession;
const facts = (extra: Partial<ChoiceFacts> = {}): ChoiceFacts => ({
  timeZone: 'UTC',
  closed: null,
  chosenIds: new Set(),
  myGroupIds: new Set(['g1']),
  groupNames: new Map([['g2', 'Science']]),
  confirmed: new Map(),
  ...extra,
});

describe('sessionChoices', () => {
  const math = session('Math', 9, 10, { kind: 'JOB_ALIKE', groupId: 'g1' });
  const sci = session('Sci', 11, 12, { kind: 'JOB_ALIKE', groupId: 'g2' });
  const plenary = session('Plenary', 9, 11);
  const dinner = session('Dinner', 18, 20, { capacity: 2 });

  it('offers every session of the person’s groups, and the waitlist of a full one', () => {
    const c = sessionChoices([math, plenary, dinner], facts({ confirmed: new Map([['Dinner', 2]]) }));
    expect([...c.values()].every((x) => x.available)).toBe(true);
    expect(c.get('Dinner')!.full).toBe(true);
    expect(c.get('Math')!.full).toBe(false);
  });

  it('refuses another group’s job-alike and a clash with a chosen session, saying why; a chosen one stays available', () => {
    const c = sessionChoices([math, sci, plenary], facts({ chosenIds: new Set(['Math']) }));
    expect(c.get('Sci')).toMatchObject({
      available: false,
      code: 'NOT_IN_GROUP',
      reason: 'For members of Science: join the group to take part.',
    });
    expect(c.get('Plenary')).toMatchObject({
      available: false,
      code: 'TIME_CLASH',
      clashesWith: { id: 'Math', name: 'Math' },
    });
    expect(c.get('Plenary')!.reason).toContain("'Math' (9:00–10:00)");
    expect(c.get('Math')).toMatchObject({ available: true, chosen: true });
  });

  it('refuses everything, with one reason, when choosing is closed to the person', () => {
    const closed = choosingClosed({ status: 'PUBLISHED', endsAt: at(23) }, 'NOT_GOING', at(8));
    expect(closed).toEqual({ code: 'REGISTER_FIRST', reason: 'Register as going or maybe to choose sessions.' });
    const c = sessionChoices([math, plenary], facts({ closed }));
    expect([...c.values()].map((x) => x.code)).toEqual(['REGISTER_FIRST', 'REGISTER_FIRST']);
    expect(choosingClosed({ status: 'PUBLISHED', endsAt: at(8) }, 'GOING', at(9))?.code).toBe('OVER');
    expect(choosingClosed({ status: 'DRAFT', endsAt: at(23) }, 'GOING', at(9))?.code).toBe('NOT_PUBLISHED');
    expect(choosingClosed({ status: 'PUBLISHED', endsAt: at(23) }, 'MAYBE', at(9))).toBeNull();
  });
});
