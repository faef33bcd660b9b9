import { lessonStudyHealth } from '../observe/lesson-studies/lesson-study-health.js';
import { mentoringHealth } from './mentoring-health.js';
import { revisionsMade } from './revisions-made.js';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NETWORK_ROLES, shortLinkPath, UNIT_STATUSES, type NetworkRole, type UnitStatus } from '@switchback/shared';
import { notFound } from '../common/errors.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { CSV_CONTENT_TYPE, type DownloadFile } from '../common/files.js';
import { DiscoveryService } from '../groups/discovery.service.js';
import { AccessService } from '../access/access.service.js';
import type {
  ConveningHealth,
  CrossSchoolUnit,
  ExchangeHealth,
  GroupHealth,
  IsolationHealth,
  MemberActivity,
  NetworkHealth,
  RoleActivity,
  SchoolActivity,
  UnitHealth,
} from './dto/network-health.types.js';
import { parseHealthPeriod } from './health-period.js';
import { healthCsv, healthFilename } from './network-health.csv.js';
import {
  CONVENINGS_SQL,
  CROSS_SCHOOL_UNITS_SQL,
  EXCHANGES_SQL,
  GROUP_ACTIVITY_SQL,
  MEMBER_ACTIVITY_SQL,
  NETWORK_SCHOOLS_SQL,
  UNIT_STATUS_SQL,
} from './network-health.sql.js';

interface MemberRow {
  schoolId: string | null;
  role: NetworkRole;
  members: number;
  active: number;
}

/** A percentage with one decimal, or null when there is nothing to divide by. */
export const percent = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;

/** Names in the order people expect ("école" beside "Ecole"), one collator for every comparison. */
const byName = new Intl.Collator('en', { sensitivity: 'base' }).compare;

const byRoleOrder = (a: RoleActivity, b: RoleActivity) => NETWORK_ROLES.indexOf(a.role) - NETWORK_ROLES.indexOf(b.role);

/**
 * Network health for coordinators: who is active, which groups work, who is isolated, what the
 * units and exchanges show for a chosen period. A fixed number of aggregate statements per report.
 */
@Injectable()
export class NetworkHealthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly discovery: DiscoveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async networkHealth(userId: string, networkId: string, fromValue: unknown, toValue: unknown): Promise<NetworkHealth> {
    await this.access.require(userId, networkId, 'readHealth');
    const { from, to } = parseHealthPeriod(fromValue, toValue);
    const params = [networkId, from, to];
    const [network] = await this.db.query<{ networkName: string; schools: { id: string; name: string }[] }[]>(
      NETWORK_SCHOOLS_SQL,
      [networkId],
    );
    if (!network) throw notFound('network');
    // One connection and one snapshot for every figure: the numbers agree with each other. The
    // isolated members, read apart from the snapshot as they always were, are asked for meanwhile on a
    // second connection (a report holds at most two of the pool's connections).
    const [isolated, figures] = await Promise.all([
      this.isolated(userId, networkId),
      this.db.transaction('REPEATABLE READ', async (m) => ({
        memberRows: await m.query<MemberRow[]>(MEMBER_ACTIVITY_SQL, params),
        groupRows: await m.query<Omit<GroupHealth, 'activity' | 'quiet'>[]>(GROUP_ACTIVITY_SQL, params),
        statusRows: await m.query<{ status: UnitStatus; count: number }[]>(UNIT_STATUS_SQL, [networkId, to]),
        crossRows: await m.query<CrossSchoolUnit[]>(CROSS_SCHOOL_UNITS_SQL, [networkId, to]),
        exchangeRows: await m.query<Omit<ExchangeHealth, 'submissionPercent' | 'reviewPercent'>[]>(
          EXCHANGES_SQL,
          params,
        ),
        conveningRows: await m.query<Omit<ConveningHealth, 'attendancePercent' | 'turnoutPercent'>[]>(
          CONVENINGS_SQL,
          params,
        ),
        lessonStudies: await lessonStudyHealth(m, networkId, to),
      })),
    ]);
    const { memberRows, groupRows, statusRows, crossRows, exchangeRows, conveningRows } = figures;
    const groups = this.groups(groupRows);
    return {
      networkId,
      networkName: network.networkName,
      from,
      to,
      generatedAt: new Date(),
      members: this.members(memberRows, network.schools),
      groups,
      quietGroups: groups.filter((g) => g.quiet).length,
      isolated,
      units: this.units(statusRows, crossRows),
      exchanges: exchangeRows.map((x) => ({
        ...x,
        submissionPercent: percent(x.essaysSubmitted, x.studentsEnrolled),
        reviewPercent: percent(x.reviewsCompleted, x.reviewsAssigned),
      })),
      convenings: conveningRows.map((c) => ({
        ...c,
        attendancePercent: percent(c.checkIns, c.seatsConfirmed),
        turnoutPercent: percent(c.attendees, c.going),
      })),
      lessonStudies: figures.lessonStudies,
    };
  }

  /** The report of `networkHealth` as a CSV download (one long table, see network-health.csv.ts). */
  async csv(userId: string, networkId: string, fromValue: unknown, toValue: unknown): Promise<DownloadFile> {
    const report = await this.networkHealth(userId, networkId, fromValue, toValue);
    // Asked for apart from the report's snapshot, as the page does (each its own statement).
    const extras = {
      revisionsMade: await revisionsMade(this.db, networkId, report.from, report.to),
      mentoring: await mentoringHealth(this.db, networkId, report.from, report.to),
    };
    return {
      filename: healthFilename(report),
      contentType: CSV_CONTENT_TYPE,
      body: healthCsv(report, (kind, id) => `${this.config.publicUrl}${shortLinkPath(kind, id)}`, extras),
    };
  }

  private members(rows: MemberRow[], schools: { id: string; name: string }[]): MemberActivity {
    const bySchoolId = new Map<string | null, MemberRow[]>();
    for (const r of rows) {
      const list = bySchoolId.get(r.schoolId) ?? [];
      list.push(r);
      bySchoolId.set(r.schoolId, list);
    }
    const school = (schoolId: string | null, schoolName: string | null): SchoolActivity => {
      const mine = bySchoolId.get(schoolId) ?? [];
      const members = mine.reduce((n, r) => n + r.members, 0);
      const active = mine.reduce((n, r) => n + r.active, 0);
      const roles = mine.map(({ role, members: m, active: a }) => ({ role, members: m, active: a })).sort(byRoleOrder);
      return { schoolId, schoolName, members, active, percentActive: percent(active, members), roles };
    };
    const bySchool = schools.map((s) => school(s.id, s.name));
    if (bySchoolId.has(null)) bySchool.push(school(null, null));
    const byRole = NETWORK_ROLES.map((role) => {
      const mine = rows.filter((r) => r.role === role);
      return { role, members: mine.reduce((n, r) => n + r.members, 0), active: mine.reduce((n, r) => n + r.active, 0) };
    }).filter((r) => r.members > 0);
    const members = rows.reduce((n, r) => n + r.members, 0);
    const active = rows.reduce((n, r) => n + r.active, 0);
    return { members, active, percentActive: percent(active, members), byRole, bySchool };
  }

  private groups(rows: Omit<GroupHealth, 'activity' | 'quiet'>[]): GroupHealth[] {
    return rows
      .map((g) => {
        const activity = g.posts + g.checkIns + g.unitsEdited;
        return { ...g, activity, quiet: activity === 0 };
      })
      .sort((a, b) => b.activity - a.activity || b.activeMembers - a.activeMembers || byName(a.name, b.name));
  }

  /** Adults only (the discovery rule lists teachers and principals): never a student. */
  private async isolated(userId: string, networkId: string): Promise<IsolationHealth> {
    const found = await this.discovery.isolatedMembers(userId, networkId);
    const members = found.map(({ member, reason, lastGroupActivityAt }) => ({
      membershipId: member.id,
      name: member.user.displayName,
      role: member.role,
      schoolName: member.school?.name ?? null,
      reason,
      lastGroupActivityAt,
    }));
    return { count: members.length, members };
  }

  private units(statusRows: { status: UnitStatus; count: number }[], cross: CrossSchoolUnit[]): UnitHealth {
    const byStatus = UNIT_STATUSES.map((status) => ({
      status,
      count: statusRows.find((r) => r.status === status)?.count ?? 0,
    }));
    return {
      total: byStatus.reduce((n, s) => n + s.count, 0),
      byStatus,
      crossSchool: cross.length,
      crossSchoolUnits: cross,
    };
  }
}
