import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LinkTargets } from '../links/link-targets.js';
import { ConveningAccessService } from './convening-access.service.js';

/** Short links to convenings and their sessions (`/go/convening/<id>`, `/go/session/<id>`), for who may see them. */
@Injectable()
export class ConveningLinks implements OnModuleInit {
  constructor(
    private readonly links: LinkTargets,
    private readonly access: ConveningAccessService,
  ) {}

  onModuleInit(): void {
    this.links.register('convening', async (userId, id) => {
      const [viewer] = await this.access.viewers(userId, [id]);
      return !viewer || viewer instanceof Error ? null : { networkId: viewer.convening.networkId };
    });
    this.links.register('session', async (userId, id) => {
      const [viewer] = await this.access.sessionViewers(userId, [id]);
      return !viewer || viewer instanceof Error
        ? null
        : { networkId: viewer.convening.networkId, parentId: viewer.session.conveningId };
    });
  }
}
