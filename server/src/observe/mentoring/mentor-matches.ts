import { gradeBandsOf } from '@switchback/shared';

/** What the ranking knows of a teacher: their membership's subjects, grades, school and time zone. */
export interface MatchPerson {
  userId: string;
  schoolId: string | null;
  subjects: readonly string[];
  gradeLevels: readonly string[];
  /** The IANA time zone of their school. */
  timeZone: string | null;
  /** When they joined the network: the longer, the more experienced here (a tie-breaker). */
  memberSince: Date;
  /** How many active pairs they already mentor (fewer first, to spread the work). */
  activeMentees: number;
}

export interface MentorMatch {
  person: MatchPerson;
  sharedSubjects: string[];
  sharedGradeBands: string[];
  /** Hours between the two schools' clocks now (0 for the same zone; null when unknown). */
  hoursApart: number | null;
  /** Why, in words a coordinator reads: "Both teach Mathematics", "Same time zone". */
  reasons: string[];
}

/** The offset from UTC of a time zone at `at`, in hours; null for an unknown zone. */
export function utcOffsetHours(timeZone: string | null, at: Date): number | null {
  if (!timeZone) return null;
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at);
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    if (!m) return 0;
    return (m[1] === '-' ? -1 : 1) * (Number(m[2]) + Number(m[3]) / 60);
  } catch {
    return null;
  }
}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * Ranks possible mentors for a mentee (a pure function; the service loads the people). Candidates in
 * the mentee's own school, without a school, or the mentee themself are left out. Order: most shared
 * subjects, then most shared grade bands (K-2, 3-5, 6-8, 9-12), then fewest hours between the
 * schools' clocks, then fewest current mentees, then longest in the network, then user id (stable).
 */
export function rankMentors(mentee: MatchPerson, candidates: readonly MatchPerson[], now: Date): MentorMatch[] {
  const subjects = new Map(mentee.subjects.map((s) => [norm(s), s]));
  const bands = new Set(gradeBandsOf(mentee.gradeLevels));
  const menteeOffset = utcOffsetHours(mentee.timeZone, now);
  const matches = candidates
    .filter((c) => c.userId !== mentee.userId && c.schoolId !== null && c.schoolId !== mentee.schoolId)
    .map((c): MentorMatch => {
      const sharedSubjects = c.subjects.filter((s) => subjects.has(norm(s)));
      const sharedGradeBands = gradeBandsOf(c.gradeLevels).filter((b) => bands.has(b));
      const offset = utcOffsetHours(c.timeZone, now);
      const hoursApart = offset === null || menteeOffset === null ? null : Math.abs(offset - menteeOffset);
      const reasons: string[] = [];
      if (sharedSubjects.length) reasons.push(`Both teach ${sharedSubjects.join(', ')}`);
      if (sharedGradeBands.length) reasons.push(`Both teach grades ${sharedGradeBands.join(', ')}`);
      if (hoursApart === 0) reasons.push('Same time zone');
      else if (hoursApart !== null) reasons.push(`${hoursApart} hour${hoursApart === 1 ? '' : 's'} apart`);
      if (c.activeMentees) reasons.push(`Already mentors ${c.activeMentees}`);
      return { person: c, sharedSubjects, sharedGradeBands, hoursApart, reasons };
    });
  return matches.sort(
    (a, b) =>
      b.sharedSubjects.length - a.sharedSubjects.length ||
      b.sharedGradeBands.length - a.sharedGradeBands.length ||
      (a.hoursApart ?? 99) - (b.hoursApart ?? 99) ||
      a.person.activeMentees - b.person.activeMentees ||
      a.person.memberSince.getTime() - b.person.memberSince.getTime() ||
      a.person.userId.localeCompare(b.person.userId),
  );
}
