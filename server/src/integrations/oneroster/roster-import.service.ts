import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../access/access.service.js';
import { AuditService } from '../../audit/audit.service.js';
import { badInput, conflict } from '../../common/errors.js';
import { filesFromList, filesFromZip, parseRoster, type ParsedRoster, type RosterFiles } from './oneroster-csv.js';
import { planImport } from './oneroster-plan.js';
import type { Action, Plan } from './oneroster-plan.types.js';
import { RosterApplyService } from './roster-apply.service.js';
import { RosterWorldService } from './roster-world.service.js';
import {
  ROSTER_UPLOAD_MAX_CHARS,
  RosterChangeAction,
  type ApplyRosterImportInput,
  type RosterChange,
  type RosterImportInput,
  type RosterImportPreview,
  type RosterImportResult,
  type RosterSection,
} from './dto/roster-import.types.js';

const ONLY_COORDINATORS = 'Only a network coordinator can import rosters.';
const MAX_CHANGES = 1000;

/**
 * OneRoster CSV import for a network's coordinators: the preview (a dry run: nothing is written)
 * and "Apply", which recomputes the same plan in one transaction and carries it out only if it is
 * still the plan the coordinator saw.
 */
@Injectable()
export class RosterImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly world: RosterWorldService,
    private readonly applier: RosterApplyService,
  ) {}

  async preview(userId: string, input: RosterImportInput): Promise<RosterImportPreview> {
    await this.access.require(userId, input.networkId, 'importRoster', ONLY_COORDINATORS);
    const parsed = parseRoster(readFiles(input));
    return present(await this.plan(this.db.manager, input, parsed));
  }

  async apply(userId: string, input: ApplyRosterImportInput): Promise<RosterImportResult> {
    await this.access.require(userId, input.networkId, 'importRoster', ONLY_COORDINATORS);
    const parsed = parseRoster(readFiles(input));
    const plan = await this.db.transaction(async (m) => {
      // One import of a network at a time: the second waits, then finds the plan changed.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('oneroster:' || $1))`, [input.networkId]);
      const { plan, world } = await this.planWithWorld(m, input, parsed);
      if (plan.digest !== input.planDigest) {
        throw conflict(
          'The files or Switchback changed since your preview. Preview again and check the changes before applying.',
        );
      }
      await this.applier.apply(m, input.networkId, plan, world, input.applyRemovals);
      const counts = present(plan);
      await this.audit.record(m, {
        networkId: input.networkId,
        actorId: userId,
        action: 'roster.import',
        targetType: 'Network',
        targetId: input.networkId,
        data: {
          schools: countsOf(counts.schools),
          teachers: countsOf(counts.teachers),
          students: countsOf(counts.students),
          classes: countsOf(counts.classes),
          enrollments: countsOf(counts.enrollments),
          removalsApplied: input.applyRemovals,
          refusedRows: plan.errors.length,
        },
      });
      return plan;
    });
    return { applied: present(plan), removalsApplied: input.applyRemovals };
  }

  private async plan(m: EntityManager, input: RosterImportInput, parsed: ParsedRoster): Promise<Plan> {
    return (await this.planWithWorld(m, input, parsed)).plan;
  }

  private async planWithWorld(m: EntityManager, input: RosterImportInput, parsed: ParsedRoster) {
    const world = await this.world.load(m, input.networkId, parsed, {
      state: input.newSchoolState,
      timeZone: input.newSchoolTimeZone,
    });
    return { plan: planImport(parsed, world), world };
  }
}

function readFiles(input: RosterImportInput): RosterFiles {
  if (input.zipBase64) {
    let files: RosterFiles;
    try {
      files = filesFromZip(Buffer.from(input.zipBase64, 'base64'));
    } catch (err) {
      throw badInput((err as Error).message, { files: (err as Error).message });
    }
    const size = [...files.values()].reduce((n, t) => n + t.length, 0);
    if (size > ROSTER_UPLOAD_MAX_CHARS * 4) {
      throw badInput('This export is too large for one import.', { files: 'Too large for one import.' });
    }
    return files;
  }
  if (!input.files?.length) {
    throw badInput('Choose the export to upload: the zip, or its CSV files.', { files: 'Choose the files.' });
  }
  const total = input.files.reduce((n, f) => n + f.content.length, 0);
  if (total > ROSTER_UPLOAD_MAX_CHARS) {
    throw badInput('These files are too large for one import (about 1 MB at most).', { files: 'Too large.' });
  }
  return filesFromList(input.files);
}

const byAction = (action: Action) => RosterChangeAction[action];

function section<T extends { action: Action; sourcedId: string }>(
  items: T[],
  describe: (item: T) => Omit<RosterChange, 'action' | 'sourcedId'>,
): RosterSection {
  const count = (a: Action) => items.filter((i) => i.action === a).length;
  return {
    add: count('ADD'),
    update: count('UPDATE'),
    match: count('MATCH'),
    unchanged: count('UNCHANGED'),
    remove: count('REMOVE'),
    changes: items
      .filter((i) => i.action !== 'UNCHANGED')
      .sort((a, b) => (a.action === 'REMOVE' ? -1 : 0) - (b.action === 'REMOVE' ? -1 : 0))
      .slice(0, MAX_CHANGES)
      .map((i) => ({ action: byAction(i.action), sourcedId: i.sourcedId, ...describe(i) })),
  };
}

function countsOf(s: RosterSection) {
  return { add: s.add, update: s.update, match: s.match, remove: s.remove };
}

/** The plan as the coordinator reads it. Student lines carry only what the uploaded files say. */
export function present(plan: Plan): RosterImportPreview {
  return {
    digest: plan.digest,
    schools: section(plan.schools, (s) => ({
      name: s.name,
      detail: s.previousName ? `was "${s.previousName}"` : s.action === 'MATCH' ? 'already in Switchback' : null,
    })),
    teachers: section(plan.teachers, (t) => ({
      name: t.name,
      detail: [
        t.email,
        t.previousName ? `was "${t.previousName}"` : null,
        t.joinsNetwork && t.action !== 'ADD' ? 'joins the network' : null,
      ]
        .filter(Boolean)
        .join(' · '),
    })),
    students: section(plan.students, (s) => ({
      name: s.name,
      detail: s.action === 'ADD' ? `username ${s.username}` : s.action === 'MATCH' ? 'already in Switchback' : null,
    })),
    classes: section(plan.classes, (c) => ({
      name: c.name,
      detail: c.previousName ? `was "${c.previousName}"` : null,
    })),
    enrollments: section(plan.enrollments, (e) =>
      e.action === 'REMOVE'
        ? { name: e.className, detail: `student ${e.userSourcedId ?? 'no longer in the export'} leaves this class` }
        : { name: e.className, detail: e.studentName },
    ),
    errors: plan.errors,
    skipped: plan.skipped,
  };
}
