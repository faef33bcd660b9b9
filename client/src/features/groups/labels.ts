import type { GoalStatus, GroupAccess, GroupFocus, NetworkRole, PrimeFocus } from '@switchback/shared';
import { rolePlural } from '../../lib/format';

export const FOCUS_LABELS: Record<GroupFocus, string> = {
  SUBJECT: 'Subject',
  GRADE_BAND: 'Grade band',
  ROLE: 'Role',
};

export const PRIME_FOCUS_LABELS: Record<PrimeFocus, string> = {
  CURRICULUM: 'Curriculum',
  PEDAGOGY: 'Pedagogy',
  EVALUATION: 'Evaluation',
};

export const PRIME_FOCUS_HINTS: Record<PrimeFocus, string> = {
  CURRICULUM: 'What we teach: units, materials, sequences.',
  PEDAGOGY: 'How we teach: methods and classroom routines.',
  EVALUATION: 'How we judge learning and teaching: rubrics, scoring, observation.',
};

export const ACCESS_LABELS: Record<GroupAccess, string> = {
  OPEN: 'Open',
  CLOSED: 'Closed',
};

export const ACCESS_HINTS: Record<GroupAccess, string> = {
  OPEN: 'Open: anyone in the network can join and read.',
  CLOSED: 'Closed: facilitators approve join requests; only members read the posts.',
};

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  ACTIVE: 'Active',
  MET: 'Met',
  REVISED: 'Revised',
  DROPPED: 'Dropped',
};

export const GOAL_STATUS_COLORS: Record<GoalStatus, string> = {
  ACTIVE: 'blue',
  MET: 'green',
  REVISED: 'yellow',
  DROPPED: 'gray',
};

/** "K-2" → "Grades K–2". */
export function gradeBandLabel(band: string): string {
  return `Grades ${band.replace('-', '–')}`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface Gathering {
  focus: string;
  subject?: string | null;
  gradeBand?: string | null;
  role?: string | null;
}

/** Who the group gathers: "Mathematics", "Grades 6–8", "Principals and administrators". */
export function gatherLabel(group: Gathering): string {
  if (group.focus === 'SUBJECT') return group.subject ?? 'Subject';
  if (group.focus === 'GRADE_BAND') return group.gradeBand ? gradeBandLabel(group.gradeBand) : 'Grade band';
  return group.role ? capitalize(rolePlural(group.role as NetworkRole)) : 'Role';
}
