import type { Membership } from '../networks/membership.entity.js';

/** Every kind of to-do item, one per thing that can wait on a person. */
export const TO_DO_KINDS = [
  // Students
  'ESSAY_TO_WRITE',
  'REVIEW_TO_WRITE',
  'CALIBRATION_TO_PRACTISE',
  'FEEDBACK_TO_RATE',
  // Teachers (and every adult who is given the work)
  'FLAG_TO_RESOLVE',
  'ENDORSEMENT_TO_APPROVE',
  'EXCHANGE_INVITATION',
  'EXCHANGE_TO_OPEN',
  'GROUP_JOIN_REQUESTS',
  'CRITICAL_FRIEND_REQUEST',
  'UNIT_REVIEW_TO_MOVE_ON',
  'SESSION_TO_FACILITATE',
  'CONVENING_TO_REGISTER',
  'LESSON_STUDY_RECORDING',
  'LESSON_STUDY_TO_OBSERVE',
  'LESSON_STUDY_OBSERVERS',
  'LESSON_STUDY_TO_ADVANCE',
  'DEBRIEF_YOUR_TURN',
  'DEBRIEF_TO_MOVE_ON',
  'DEBRIEF_REVISIONS_TO_ACCEPT',
  'MENTORING_NEXT_STEPS',
  'MENTORING_MEETING',
  'CALIBRATION_TO_SCORE',
  'CALIBRATION_TO_AGREE',
  'SHOWCASE_TO_APPROVE',
  // Coordinators
  'INVITATIONS_NOT_ACCEPTED',
  'SESSIONS_WITHOUT_FACILITATOR',
  'ISOLATED_MEMBERS',
  'GROUP_PROPOSALS',
  'MENTORING_PAIRS_QUIET',
] as const;
export type ToDoKind = (typeof TO_DO_KINDS)[number];

/** Whose to-do is being built: the caller's active membership of the route's network. */
export interface ToDoContext {
  userId: string;
  /** The person's language (`users.locale`): students' items are written in it (i18n/student-texts.ts). */
  locale?: string;
  networkId: string;
  membership: Membership;
  now: Date;
}

/** One thing waiting on the person, as a provider reports it (the service adds the time-zone wording). */
export interface ToDoDraft {
  /** Stable across calls: `<kind>:<id of the thing>`. */
  id: string;
  kind: ToDoKind;
  /** What to do, in a few words: "Write your essay for “…”". Never names a student of another school. */
  title: string;
  /** A second line, when useful ("2 reviews to rate"). */
  detail?: string;
  /** The deadline (or start) the list is ordered by; null for things with no date. */
  dueAt: Date | null;
  /** The words before the date: "Due", "Starts", "Late essays are still welcome until". */
  dueLabel?: string;
  /** The action link's words: "Write your essay". */
  actionLabel: string;
  /** Where the action is, relative to the network's home (`/n/<slug>`): "/exchanges/<id>". */
  path: string;
}

/**
 * A feature's answer to "what waits on this person here?". Each provider asks only about its own
 * feature, with a constant number of queries whatever the number of items, and returns nothing
 * for roles it has nothing for. The list of providers is `to-do-providers.ts`.
 */
export interface ToDoProvider {
  items(ctx: ToDoContext): Promise<ToDoDraft[]>;
}

/** Whether the person is an adult of the network (teachers' items apply to every adult given the work). */
export const isAdult = (ctx: ToDoContext) => ctx.membership.role !== 'STUDENT';

/** “Title” in typographic quotes. */
export const quoted = (title: string) => `“${title}”`;
