import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LinkTargets } from '../links/link-targets.js';
import { UnitAccessService } from './unit-access.service.js';

/** Short links to units (`/go/unit/<id>`), for who may read them. */
@Injectable()
export class UnitLinks implements OnModuleInit {
  constructor(
    private readonly links: LinkTargets,
    private readonly access: UnitAccessService,
  ) {}

  onModuleInit(): void {
    this.links.register('unit', async (userId, id) => {
      const [ctx] = await this.access.contexts(userId, [id]);
      return !ctx || ctx instanceof Error ? null : { networkId: ctx.unit.networkId };
    });
  }
}
