import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { AUDIT_ACTIONS, auditActionLabel } from '@switchback/shared';
import { badInput } from '../common/errors.js';
import { User } from '../auth/user.entity.js';
import { CSV_CONTENT_TYPE, safeFilename, toCsv, type DownloadFile } from '../common/files.js';
import { newestFirstPage, type Connection } from '../common/pagination.js';
import { AccessService } from '../access/access.service.js';
import { Network } from '../networks/network.entity.js';
import { AuditEvent } from './audit-event.entity.js';
import type { AuditLogArgs, AuditLogEntry } from './dto/audit-log.types.js';

const ONLY_COORDINATORS = 'Only the coordinators of the network can read its audit log.';
const FORMER_MEMBER = 'A former member';

/**
 * The audit log as its network's coordinators read it, in the app (newest first, a page at a time)
 * and as CSV. Anyone outside the network gets "not found"; its other members get "forbidden".
 */
@Injectable()
export class AuditLogService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async list(userId: string, args: AuditLogArgs): Promise<Connection<AuditLogEntry>> {
    await this.access.require(userId, args.networkId, 'readAudit', ONLY_COORDINATORS);
    const page = await newestFirstPage(this.query(args.networkId, args.action), 'a', args.first, args.after);
    return { ...page, nodes: await this.entries(page.nodes) };
  }

  async csv(userId: string, networkId: string, action: unknown): Promise<DownloadFile> {
    await this.access.require(userId, networkId, 'readAudit', ONLY_COORDINATORS);
    const filter = typeof action === 'string' && action ? action : null;
    if (action !== undefined && !(filter && (AUDIT_ACTIONS as readonly string[]).includes(filter))) {
      throw badInput('Choose an action from the list.', { action: 'Choose an action from the list.' });
    }
    const events = await this.query(networkId, filter)
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .getMany();
    const entries = await this.entries(events);
    const network = await this.db.getRepository(Network).findOneByOrFail({ id: networkId });
    const rows = [
      ['When (UTC)', 'Action', 'What', 'Who', 'Who (id)', 'On', 'On (id)', 'Details'],
      ...entries.map((e) => [
        e.createdAt.toISOString(),
        e.action,
        e.actionLabel,
        e.actorName,
        e.actorId,
        e.targetType,
        e.targetId,
        e.details,
      ]),
    ];
    return {
      filename: safeFilename(network.name, 'csv', { fallback: 'network', suffix: '-audit-log' }),
      contentType: CSV_CONTENT_TYPE,
      body: toCsv(rows, { bom: true }),
    };
  }

  private query(networkId: string, action: string | null | undefined) {
    const qb = this.db
      .getRepository(AuditEvent)
      .createQueryBuilder('a')
      .where('a.network_id = :networkId', { networkId });
    if (action) qb.andWhere('a.action = :action', { action });
    return qb;
  }

  /** Events with their actors' names: one query for the page, whatever its size. */
  private async entries(events: AuditEvent[]): Promise<AuditLogEntry[]> {
    const actorIds = [...new Set(events.flatMap((e) => e.actorId ?? []))];
    const actors = actorIds.length
      ? await this.db.getRepository(User).find({ where: { id: In(actorIds) }, select: { id: true, displayName: true } })
      : [];
    const names = new Map(actors.map((u) => [u.id, u.displayName]));
    return events.map((e) => ({
      id: e.id,
      action: e.action,
      actionLabel: auditActionLabel(e.action),
      actorId: e.actorId,
      actorName: (e.actorId && names.get(e.actorId)) || FORMER_MEMBER,
      targetType: e.targetType,
      targetId: e.targetId,
      details: formatDetails(e.data),
      createdAt: e.createdAt,
    }));
  }
}

/** `{ from: 'TEACHER', to: 'ADMINISTRATOR' }` → `from: TEACHER; to: ADMINISTRATOR`. */
export function formatDetails(data: Record<string, unknown>): string {
  return Object.entries(data)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ');
}
