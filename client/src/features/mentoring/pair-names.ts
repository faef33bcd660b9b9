import { formatCalendarDate } from '../../lib/format';

interface Person {
  user: { id: string; displayName: string };
  school?: { name: string } | null;
}

/** "Hank Mueller (Garfield County High School)". */
export const withSchool = (p: Person) => (p.school ? `${p.user.displayName} (${p.school.name})` : p.user.displayName);

/** The other one of the pair, from the viewer's side; both names for a coordinator. */
export function pairTitle(pair: { mentor: Person; mentee: Person }, viewerId: string): string {
  if (pair.mentee.user.id === viewerId) return `Mentored by ${pair.mentor.user.displayName}`;
  if (pair.mentor.user.id === viewerId) return `Mentoring ${pair.mentee.user.displayName}`;
  return `${pair.mentor.user.displayName} mentoring ${pair.mentee.user.displayName}`;
}

/** "Last met Apr 30, 2026" or "Not met yet". */
export const lastMet = (day: string | null | undefined) =>
  day ? `Last met ${formatCalendarDate(day)}` : 'Not met yet';
