import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditEntry {
  networkId: string | null;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  data?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  /** Records inside the caller's transaction, so the record and the change land together. */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.save(manager.create(AuditEvent, { ...entry, data: entry.data ?? {} }));
  }
}
