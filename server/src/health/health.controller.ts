import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../access/public.decorator.js';
import { DatabaseProbe, type DatabaseState } from './database-probe.js';

export interface Health {
  status: 'ok' | 'degraded';
  /** 'ok', or 'unreachable: <why>' (e.g. "connection refused", "not answering within 500 ms"). */
  database: DatabaseState;
}

@Controller()
export class HealthController {
  constructor(private readonly probe: DatabaseProbe) {}

  /**
   * For load balancers and `docker compose`: answers within a second whatever PostgreSQL does,
   * 200 when all is well, 503 saying what is wrong otherwise.
   */
  @Public()
  @Get('healthz')
  async health(@Res({ passthrough: true }) res: Response): Promise<Health> {
    const database = await this.probe.check();
    const ok = database === 'ok';
    res.status(ok ? 200 : 503);
    res.setHeader('Cache-Control', 'no-store');
    return { status: ok ? 'ok' : 'degraded', database };
  }
}
