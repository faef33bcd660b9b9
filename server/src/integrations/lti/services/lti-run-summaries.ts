/**
 * What a roster sync or a grade send did, as kept in lti_service_run.summary: people by id only (the
 * Switchback account), never a name, an email or a score of another teacher's student.
 */

export interface RosterRunSummary {
  courseTitles: string[];
  /** Enrolled now: `created` when the account was made by this sync. */
  added: { userId: string; created: boolean }[];
  /** Already enrolled and bound to their LMS id. */
  already: { userId: string }[];
  /** Bound to an LMS id of the course's platform, enrolled here, and no longer active in the course. */
  gone: { userId: string }[];
  /** Teachers and other staff of the course: reported, never changed. */
  instructors: number;
  /** Learners not enrolled, and why. */
  skipped: { userId: string | null; reason: string }[];
  /** Students of the class who joined with the class code and have no LMS id. */
  notFromLms: number;
}

export interface GradeRunEntry {
  userId: string;
  score: { given: number; maximum: number } | null;
  completion: { given: number; maximum: number } | null;
  reason: string | null;
}

export interface GradeRunSummary {
  sendScore: boolean;
  sendCompletion: boolean;
  courseTitles: string[];
  sent: GradeRunEntry[];
  skipped: GradeRunEntry[];
  failed: GradeRunEntry[];
}
