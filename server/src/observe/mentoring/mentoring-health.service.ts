import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../../access/access.service.js';
import { parseHealthPeriod } from '../../insights/health-period.js';
import { mentoringHealth, type MentoringHealthFigures } from '../../insights/mentoring-health.js';

/** Network health's mentoring figures (coordinators, like the rest of network health). */
@Injectable()
export class MentoringHealthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async figures(userId: string, networkId: string, from: unknown, to: unknown): Promise<MentoringHealthFigures> {
    await this.access.require(userId, networkId, 'readHealth');
    const period = parseHealthPeriod(from, to);
    return mentoringHealth(this.db.manager, networkId, period.from, period.to);
  }
}
