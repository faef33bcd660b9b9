import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import { AuditService } from '../audit/audit.service.js';
import { Network } from '../networks/network.entity.js';

/** How a network's groups get started: by coordinators only, or by teachers directly too. */
@Injectable()
export class GroupSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** Coordinators decide whether teachers may start groups without waiting for approval (audited). */
  async setTeachersMayStartGroups(userId: string, networkId: string, allowed: boolean): Promise<Network> {
    await this.access.require(userId, networkId, 'configureGroups');
    return this.db.transaction(async (m) => {
      const network = await m.getRepository(Network).findOneByOrFail({ id: networkId });
      if (network.teachersMayStartGroups === allowed) return network;
      network.teachersMayStartGroups = allowed;
      await m.save(network);
      await this.audit.record(m, {
        networkId,
        actorId: userId,
        action: 'network.group_start',
        targetType: 'Network',
        targetId: networkId,
        data: { teachersMayStartGroups: allowed },
      });
      return network;
    });
  }
}
