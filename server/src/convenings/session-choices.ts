import { clockTime, intervalsOverlap } from '@switchback/shared';
import type { ConveningSession } from './convening-session.entity.js';
import type { SessionChoice } from './dto/session-choice.types.js';

export type SessionChoiceCode = 'REGISTER_FIRST' | 'NOT_PUBLISHED' | 'OVER' | 'NOT_IN_GROUP' | 'TIME_CLASH';

/** What one person's choices are decided on: their seats, their groups, the sessions' fill. */
export interface ChoiceFacts {
  timeZone: string;
  /** Why nobody with this registration may choose now (not registered, not published, over), or null. */
  closed: { code: SessionChoiceCode; reason: string } | null;
  /** Sessions the person has a seat in (confirmed or waitlisted). */
  chosenIds: ReadonlySet<string>;
  /** Groups the person is an active member of. */
  myGroupIds: ReadonlySet<string>;
  groupNames: ReadonlyMap<string, string>;
  confirmed: ReadonlyMap<string, number>;
}

const span = (s: ConveningSession, tz: string) => `${clockTime(s.startsAt, tz)}–${clockTime(s.endsAt, tz)}`;

/**
 * Whether a person may choose each session of an agenda, and why not: the convening is closed to
 * them (not registered…), a job-alike session is for its group's members, or it is at the same time
 * as a session they chose. A chosen session may always be left (while choosing is open). A full one
 * is offered, with a place on its waitlist.
 */
export function sessionChoices(sessions: readonly ConveningSession[], f: ChoiceFacts): Map<string, SessionChoice> {
  const chosen = sessions.filter((s) => f.chosenIds.has(s.id));
  const out = new Map<string, SessionChoice>();
  for (const s of sessions) {
    const isChosen = f.chosenIds.has(s.id);
    const full = s.capacity !== null && (f.confirmed.get(s.id) ?? 0) >= s.capacity;
    const base: SessionChoice = {
      available: true,
      chosen: isChosen,
      full,
      code: null,
      reason: null,
      clashesWith: null,
    };
    const refuse = (code: SessionChoiceCode, reason: string, clash?: ConveningSession): SessionChoice => ({
      ...base,
      available: false,
      code,
      reason,
      clashesWith: clash ? { id: clash.id, name: clash.title } : null,
    });
    if (f.closed) {
      out.set(s.id, refuse(f.closed.code, f.closed.reason));
      continue;
    }
    if (isChosen) {
      out.set(s.id, base);
      continue;
    }
    if (s.kind === 'JOB_ALIKE' && s.groupId && !f.myGroupIds.has(s.groupId)) {
      const group = f.groupNames.get(s.groupId) ?? 'its group';
      out.set(s.id, refuse('NOT_IN_GROUP', `For members of ${group}: join the group to take part.`));
      continue;
    }
    const clash = chosen.find((c) => intervalsOverlap(c.startsAt, c.endsAt, s.startsAt, s.endsAt));
    if (clash) {
      out.set(
        s.id,
        refuse(
          'TIME_CLASH',
          `At the same time as '${clash.title}' (${span(clash, f.timeZone)}), which you chose: leave that one to take this one.`,
          clash,
        ),
      );
      continue;
    }
    out.set(s.id, base);
  }
  return out;
}

/** Why nobody with this registration may choose sessions now, or null when they may. */
export function choosingClosed(
  convening: { status: string; endsAt: Date },
  status: string | null,
  now: Date,
): { code: SessionChoiceCode; reason: string } | null {
  if (convening.status !== 'PUBLISHED')
    return { code: 'NOT_PUBLISHED', reason: 'This convening is not published yet.' };
  if (convening.endsAt.getTime() <= now.getTime()) return { code: 'OVER', reason: 'This convening is over.' };
  if (!status || status === 'NOT_GOING')
    return { code: 'REGISTER_FIRST', reason: 'Register as going or maybe to choose sessions.' };
  return null;
}
