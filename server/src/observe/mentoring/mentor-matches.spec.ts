import { describe, expect, it } from '@jest/globals';
import { rankMentors, utcOffsetHours, type MatchPerson } from './mentor-matches.js';

const JAN = new Date(Date.UTC(2026, 0, 15, 18));
const person = (userId: string, extra: Partial<MatchPerson> = {}): MatchPerson => ({
  userId,
  schoolId: `school-${userId}`,
  subjects: ['Mathematics'],
  gradeLevels: ['7'],
  timeZone: 'America/Anchorage',
  memberSince: new Date(Date.UTC(2024, 0, 1)),
  activeMentees: 0,
  ...extra,
});
const mentee = person('newer', { schoolId: 'home', subjects: ['Mathematics', 'Science'], gradeLevels: ['7', '8'] });
const ids = (list: MatchPerson[]) => rankMentors(mentee, list, JAN).map((m) => m.person.userId);

describe('rankMentors', () => {
  it('leaves out the mentee, their own school and people without a school', () => {
    expect(
      ids([person('newer'), person('same', { schoolId: 'home' }), person('none', { schoolId: null }), person('ok')]),
    ).toEqual(['ok']);
  });

  it('ranks shared subjects first, case-insensitively', () => {
    expect(
      ids([
        person('ela', { subjects: ['English Language Arts'] }),
        person('both', { subjects: ['science', 'MATHEMATICS'] }),
        person('math'),
      ]),
    ).toEqual(['both', 'math', 'ela']);
  });

  it('then shared grade bands, then time-zone closeness', () => {
    expect(
      ids([
        person('high', { gradeLevels: ['11'] }),
        person('far', { timeZone: 'America/New_York' }),
        person('near', { timeZone: 'America/Los_Angeles' }),
        person('here'),
      ]),
    ).toEqual(['here', 'near', 'far', 'high']);
  });

  it('then fewer current mentees, then the longest in the network', () => {
    expect(
      ids([
        person('busy', { activeMentees: 2 }),
        person('recent', { memberSince: new Date(Date.UTC(2026, 0, 1)) }),
        person('veteran', { memberSince: new Date(Date.UTC(2020, 0, 1)) }),
      ]),
    ).toEqual(['veteran', 'recent', 'busy']);
  });

  it('says why in words a coordinator reads', () => {
    const [m] = rankMentors(mentee, [person('a', { timeZone: 'America/Los_Angeles', activeMentees: 1 })], JAN);
    expect(m!.reasons).toEqual([
      'Both teach Mathematics',
      'Both teach grades 6-8',
      '1 hour apart',
      'Already mentors 1',
    ]);
    expect(m!.hoursApart).toBe(1);
  });

  it('puts unknown time zones after known ones', () => {
    expect(
      ids([person('unknown', { timeZone: 'Nowhere/Atlantis' }), person('far', { timeZone: 'Europe/Paris' })]),
    ).toEqual(['far', 'unknown']);
  });
});

describe('utcOffsetHours', () => {
  it('follows daylight saving time', () => {
    expect(utcOffsetHours('America/Anchorage', JAN)).toBe(-9);
    expect(utcOffsetHours('America/Anchorage', new Date(Date.UTC(2026, 6, 1)))).toBe(-8);
    expect(utcOffsetHours('Asia/Kolkata', JAN)).toBe(5.5);
    expect(utcOffsetHours('UTC', JAN)).toBe(0);
    expect(utcOffsetHours(null, JAN)).toBeNull();
  });
});
