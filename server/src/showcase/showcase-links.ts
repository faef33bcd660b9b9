import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LinkTargets } from '../links/link-targets.js';
import { ShowcaseAccessService } from './showcase-access.service.js';

/** Short links to a showcase item (`/go/showcaseItem/<id>`), for whoever may see it. */
@Injectable()
export class ShowcaseLinks implements OnModuleInit {
  constructor(
    private readonly links: LinkTargets,
    private readonly access: ShowcaseAccessService,
  ) {}

  onModuleInit(): void {
    this.links.register('showcaseItem', async (userId, id) => {
      const ctx = await this.access.find(userId, id);
      return ctx ? { networkId: ctx.item.networkId } : null;
    });
  }
}
