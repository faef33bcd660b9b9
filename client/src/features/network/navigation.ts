import type { NetworkRole } from '@switchback/shared';
import type { MessageKey } from '../../lib/i18n';

export interface NavItem {
  /** English, for code and tests; people see `key` from the shell catalog. */
  label: string;
  key: MessageKey<'shell'>;
  /** Relative to /n/:slug. */
  path: string;
  roles: readonly NetworkRole[];
  /** A count shown next to the label (unread messages). */
  badge?: 'unreadConversations';
}

const ADULTS = ['COORDINATOR', 'ADMINISTRATOR', 'TEACHER'] as const;

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Home', key: 'nav.home', path: '', roles: ['COORDINATOR', 'ADMINISTRATOR', 'TEACHER', 'STUDENT'] },
  // Job-alike groups are for the network's adults: students never see them.
  { label: 'Groups', key: 'nav.groups', path: 'groups', roles: ADULTS },
  // Direct conversations between adults (never students), with the number of unread ones.
  { label: 'Messages', key: 'nav.messages', path: 'messages', roles: ADULTS, badge: 'unreadConversations' },
  // Mentoring pairs across schools: coordinators pair teachers, the pair keeps its own record.
  { label: 'Mentoring', key: 'nav.mentoring', path: 'mentoring', roles: ['COORDINATOR', 'TEACHER'] },
  // Units published by the network's groups.
  { label: 'Library', key: 'nav.library', path: 'library', roles: ADULTS },
  { label: 'Classes', key: 'nav.classes', path: 'classes', roles: ['TEACHER', 'ADMINISTRATOR'] },
  // Peer-feedback rubrics, written by teachers and shared with their groups.
  { label: 'Rubrics', key: 'nav.rubrics', path: 'rubrics', roles: ['TEACHER'] },
  // Peer-feedback exchanges: teachers run them, students write and review essays in them.
  { label: 'Exchanges', key: 'nav.exchanges', path: 'exchanges', roles: ['TEACHER', 'STUDENT'] },
  // The network's in-person convenings: registration, sessions, check-in and shared notes.
  { label: 'Convenings', key: 'nav.convenings', path: 'convenings', roles: ADULTS },
  { label: 'People', key: 'nav.people', path: 'people', roles: ADULTS },
  // How alive the network is over a period: for coordinators (and their funders' reports).
  { label: 'Network health', key: 'nav.health', path: 'health', roles: ['COORDINATOR'] },
  { label: 'Isolated members', key: 'nav.isolated', path: 'isolated', roles: ['COORDINATOR'] },
  { label: 'Schools', key: 'nav.schools', path: 'schools', roles: ['COORDINATOR'] },
  // OneRoster CSV import (Clever, ClassLink): schools, classes, teachers, students, enrollments.
  { label: 'Roster import', key: 'nav.rosterImport', path: 'roster-import', roles: ['COORDINATOR'] },
  // Sign in with Google / Microsoft: providers and each school's email domains.
  { label: 'Sign-in providers', key: 'nav.signInProviders', path: 'sign-in-providers', roles: ['COORDINATOR'] },
  // LMS connections (LTI 1.3): Schoology, Canvas, Moodle open Switchback from a course.
  { label: 'LMS', key: 'nav.lms', path: 'lms', roles: ['COORDINATOR'] },
  { label: 'Outbox', key: 'nav.outbox', path: 'outbox', roles: ['COORDINATOR'] },
  // Who did what, when: role changes, removals, students' data exported or deleted, moderation.
  { label: 'Audit log', key: 'nav.audit', path: 'audit', roles: ['COORDINATOR'] },
];

export function navFor(role: NetworkRole): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}
