import { UNIT_STATUS_LABELS, type LinkKindName, type NetworkRole } from '@switchback/shared';
import { safeFilename, toCsv } from '../common/files.js';
import type { NetworkHealth } from './dto/network-health.types.js';
import type { MentoringHealthFigures } from './mentoring-health.js';

type Row = [section: string, item: string, measure: string, value: string | number | null];
/** The absolute short link of a thing of the report (shared/src/links.ts), or null for none. */
export type LinkOf = (kind: LinkKindName, id: string) => string | null;

const ROLE_LABELS: Record<NetworkRole, string> = {
  COORDINATOR: 'Coordinators',
  ADMINISTRATOR: 'Administrators',
  TEACHER: 'Teachers',
  STUDENT: 'Students',
};
const NO_SCHOOL = 'Network staff (no school)';

/** Figures read beside the report (each its own statement): revisions made and mentoring. */
export interface HealthExtras {
  revisionsMade: number;
  mentoring: MentoringHealthFigures;
}

/**
 * The health report as one long table (section, item, measure, value): it filters and pivots in
 * any spreadsheet. Counts only for exchanges; isolated members are adults; mentoring is dates only.
 */
export function healthRows(h: NetworkHealth, link: LinkOf = () => null, extras?: HealthExtras): Row[] {
  const linkRow = (section: string, item: string, url: string | null): Row[] =>
    url ? [[section, item, 'link', url]] : [];
  const rows: Row[] = [
    ['report', h.networkName, 'from', h.from.toISOString()],
    ['report', h.networkName, 'to (exclusive)', h.to.toISOString()],
    ['report', h.networkName, 'generated at', h.generatedAt.toISOString()],
    ['members', 'Network', 'members', h.members.members],
    ['members', 'Network', 'active', h.members.active],
    ['members', 'Network', 'percent active', h.members.percentActive],
  ];
  for (const r of h.members.byRole) {
    rows.push(
      ['members by role', ROLE_LABELS[r.role], 'members', r.members],
      ['members by role', ROLE_LABELS[r.role], 'active', r.active],
    );
  }
  for (const s of h.members.bySchool) {
    const school = s.schoolName ?? NO_SCHOOL;
    rows.push(
      ['members by school', school, 'members', s.members],
      ['members by school', school, 'active', s.active],
      ['members by school', school, 'percent active', s.percentActive],
    );
    for (const r of s.roles) {
      const item = `${school}: ${ROLE_LABELS[r.role]}`;
      rows.push(
        ['members by school and role', item, 'members', r.members],
        ['members by school and role', item, 'active', r.active],
      );
    }
  }
  for (const g of h.groups) {
    rows.push(
      ['groups', g.name, 'members', g.members],
      ['groups', g.name, 'posts', g.posts],
      ['groups', g.name, 'check-ins', g.checkIns],
      ['groups', g.name, 'units edited', g.unitsEdited],
      ['groups', g.name, 'active members', g.activeMembers],
      ['groups', g.name, 'quiet', g.quiet ? 'yes' : 'no'],
      ...linkRow('groups', g.name, link('group', g.groupId)),
    );
  }
  rows.push(['isolated members', 'Network', 'count', h.isolated.count]);
  for (const m of h.isolated.members) {
    const item = `${m.name} (${m.schoolName ?? NO_SCHOOL})`;
    rows.push([
      'isolated members',
      item,
      m.reason === 'NO_GROUP' ? 'in no group' : 'groups quiet since',
      m.lastGroupActivityAt?.toISOString() ?? '',
    ]);
  }
  rows.push(['units', 'Network', 'units', h.units.total]);
  for (const s of h.units.byStatus) rows.push(['units by status', UNIT_STATUS_LABELS[s.status], 'units', s.count]);
  rows.push(['units', 'Network', 'cross-school units', h.units.crossSchool]);
  for (const u of h.units.crossSchoolUnits) {
    rows.push(
      ['cross-school units', u.title, 'schools', u.schools.join('; ')],
      ...linkRow('cross-school units', u.title, link('unit', u.unitId)),
    );
  }
  for (const x of h.exchanges) {
    rows.push(
      ['exchanges', x.title, 'classes', x.classes],
      ['exchanges', x.title, 'students enrolled', x.studentsEnrolled],
      ['exchanges', x.title, 'essays submitted', x.essaysSubmitted],
      ['exchanges', x.title, 'percent submitted', x.submissionPercent],
      ['exchanges', x.title, 'reviews assigned', x.reviewsAssigned],
      ['exchanges', x.title, 'reviews completed', x.reviewsCompleted],
      ['exchanges', x.title, 'percent reviews completed', x.reviewPercent],
      ...linkRow('exchanges', x.title, link('exchange', x.exchangeId)),
    );
  }
  for (const c of h.convenings) {
    const item = `${c.title} (${c.startsAt.toISOString().slice(0, 10)})`;
    rows.push(
      ['convenings', item, 'registered going', c.going],
      ['convenings', item, 'registered maybe', c.maybe],
      ['convenings', item, 'registered not going', c.notGoing],
      ['convenings', item, 'sessions', c.sessions],
      ['convenings', item, 'seats confirmed', c.seatsConfirmed],
      ['convenings', item, 'seats waitlisted', c.seatsWaitlisted],
      ['convenings', item, 'check-ins', c.checkIns],
      ['convenings', item, 'percent of seats checked in', c.attendancePercent],
      ['convenings', item, 'attendees', c.attendees],
      ['convenings', item, 'percent of going who attended', c.turnoutPercent],
      ...linkRow('convenings', item, link('convening', c.conveningId)),
    );
  }
  const ls = h.lessonStudies;
  rows.push(
    ...ls.byPhase.map((p) => ['lesson studies', 'Network', `in phase ${p.phase.toLowerCase()}`, p.count] as Row),
    ['lesson studies', 'Network', 'observers from another school', ls.crossSchoolObservers],
    ['lesson studies', 'Network', 'invited from another network', ls.invitedFromOtherNetworks],
  );
  if (extras)
    rows.push(
      ['lesson studies', 'Network', 'revisions made', extras.revisionsMade],
      ['mentoring', 'Network', 'active pairs', extras.mentoring.activePairs],
      ['mentoring', 'Network', 'meetings logged', extras.mentoring.meetings],
      ['mentoring', 'Network', 'active pairs that met', extras.mentoring.pairsMet],
    );
  return rows;
}

/** UTF-8 with a byte-order mark (spreadsheets then read accents right); formulas in names are defused. */
export function healthCsv(h: NetworkHealth, link?: LinkOf, extras?: HealthExtras): string {
  return toCsv([['section', 'item', 'measure', 'value'], ...healthRows(h, link, extras)], { bom: true });
}

/** A file name from the network's name and the period's dates. */
export function healthFilename(h: NetworkHealth): string {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return safeFilename(h.networkName, 'csv', { fallback: 'network', suffix: `-health-${day(h.from)}-to-${day(h.to)}` });
}
