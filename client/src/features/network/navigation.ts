import type { NetworkRole } from '@switchback/shared';

export interface NavItem {
  label: string;
  /** Relative to /n/:slug. */
  path: string;
  roles: readonly NetworkRole[];
  /** A count shown next to the label (unread messages). */
  badge?: 'unreadConversations';
}

const ADULTS = ['COORDINATOR', 'ADMINISTRATOR', 'TEACHER'] as const;

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Home', path: '', roles: ['COORDINATOR', 'ADMINISTRATOR', 'TEACHER', 'STUDENT'] },
  // Job-alike groups are for the network's adults: students never see them.
  { label: 'Groups', path: 'groups', roles: ADULTS },
  // Direct conversations between adults (never students), with the number of unread ones.
  { label: 'Messages', path: 'messages', roles: ADULTS, badge: 'unreadConversations' },
  // Mentoring pairs across schools: coordinators pair teachers, the pair keeps its own record.
  { label: 'Mentoring', path: 'mentoring', roles: ['COORDINATOR', 'TEACHER'] },
  // Units published by the network's groups.
  { label: 'Library', path: 'library', roles: ADULTS },
  { label: 'Classes', path: 'classes', roles: ['TEACHER', 'ADMINISTRATOR'] },
  // Peer-feedback rubrics, written by teachers and shared with their groups.
  { label: 'Rubrics', path: 'rubrics', roles: ['TEACHER'] },
  // Peer-feedback exchanges: teachers run them, students write and review essays in them.
  { label: 'Exchanges', path: 'exchanges', roles: ['TEACHER', 'STUDENT'] },
  // The network's in-person convenings: registration, sessions, check-in and shared notes.
  { label: 'Convenings', path: 'convenings', roles: ADULTS },
  { label: 'People', path: 'people', roles: ADULTS },
  // How alive the network is over a period: for coordinators (and their funders' reports).
  { label: 'Network health', path: 'health', roles: ['COORDINATOR'] },
  { label: 'Isolated members', path: 'isolated', roles: ['COORDINATOR'] },
  { label: 'Schools', path: 'schools', roles: ['COORDINATOR'] },
  { label: 'Outbox', path: 'outbox', roles: ['COORDINATOR'] },
  // Who did what, when: role changes, removals, students' data exported or deleted, moderation.
  { label: 'Audit log', path: 'audit', roles: ['COORDINATOR'] },
];

export function navFor(role: NetworkRole): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}
