import type { RowError } from './oneroster-csv.js';

/** The world an import is planned against, and the plan: see oneroster-plan.ts. */

export type Action = 'ADD' | 'UPDATE' | 'MATCH' | 'UNCHANGED' | 'REMOVE';
export type LinkKind = 'org' | 'user' | 'class' | 'enrollment';

export interface World {
  /** `${kind}:${sourcedId}` → id of the Switchback record it was imported as, for this network. */
  links: Map<string, string>;
  schools: { id: string; name: string }[];
  /** Classes of this network by id (at least the linked ones). */
  classes: Map<
    string,
    { id: string; name: string; schoolId: string; teacherId: string; subject: string; gradeLevel: string }
  >;
  /** Accounts by id: the linked ones and those found by email or username. */
  people: Map<string, { id: string; email: string | null; username: string | null; displayName: string }>;
  /** Lower-cased email → account id (accounts with an email of the files). */
  emails: Map<string, string>;
  /** This network's memberships by account id. */
  memberships: Map<string, { role: string; schoolId: string | null; status: string }>;
  /** `${schoolId}:${username}` → id, for students of this network not yet linked. */
  studentUsernames: Map<string, string>;
  /** Usernames already taken (anywhere) among the candidates. */
  takenUsernames: Set<string>;
  /** Enrollment rows of this network by id (the linked ones). */
  enrollments: Map<string, { id: string; classId: string; studentId: string }>;
  /** `${classId}:${studentId}` of existing enrollments in linked classes. */
  enrolled: Set<string>;
  /** State and time zone a new school gets; null when none was chosen and none can be guessed. */
  newSchool: { state: string; timeZone: string } | null;
}

export interface SchoolItem {
  action: Action;
  sourcedId: string;
  name: string;
  previousName: string | null;
  schoolId: string | null;
}
export interface PersonItem {
  action: Action;
  sourcedId: string;
  role: 'TEACHER' | 'STUDENT';
  name: string;
  previousName: string | null;
  email: string | null;
  username: string | null;
  schoolSourcedId: string;
  schoolId: string | null;
  userId: string | null;
  /** A membership of this network is created (or a removed student's is made active again). */
  joinsNetwork: boolean;
}
export interface ClassItem {
  action: Action;
  sourcedId: string;
  name: string;
  previousName: string | null;
  schoolSourcedId: string;
  teacherSourcedId: string;
  subject: string;
  gradeLevel: string;
  classId: string | null;
}
export interface EnrollmentItem {
  action: Action;
  sourcedId: string;
  classSourcedId: string | null;
  className: string;
  userSourcedId: string | null;
  /** The student's name as the uploaded file gives it; null for removals (never read from Switchback). */
  studentName: string | null;
  classId: string | null;
  studentId: string | null;
  enrollmentId: string | null;
}
export interface Plan {
  schools: SchoolItem[];
  teachers: PersonItem[];
  students: PersonItem[];
  classes: ClassItem[];
  enrollments: EnrollmentItem[];
  errors: RowError[];
  /** Rows read but not for Switchback (other org types and roles, tobedeleted people and classes). */
  skipped: number;
  digest: string;
}
