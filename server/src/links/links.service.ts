import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { appPathFor, isLinkKind } from '@switchback/shared';
import { Network } from '../networks/network.entity.js';
import { LinkTargets } from './link-targets.js';

/** Resolves short links (`/go/<kind>/<id>`) into the app's path of the thing, for who may see it. */
@Injectable()
export class LinksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly targets: LinkTargets,
  ) {}

  /**
   * The in-app path (`/n/<slug>/…`) of the thing, or null when there is no such thing or the caller
   * may not see it (the same answer for both: a link tells nobody that a thing exists, nor its network).
   */
  async resolve(userId: string, kind: string, id: string): Promise<string | null> {
    if (!isLinkKind(kind) || !isUUID(id)) return null;
    const place = await this.targets.place(kind, userId, id);
    if (!place) return null;
    const network = await this.db.getRepository(Network).findOneBy({ id: place.networkId });
    if (!network) return null;
    return appPathFor(kind, { slug: network.slug, id: place.shownAs ?? id, parentId: place.parentId }, place.guest);
  }
}
