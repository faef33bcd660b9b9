import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { LinkTargets } from '../links/link-targets.js';
import { GroupAccessService } from './group-access.service.js';
import { Post } from './post.entity.js';

/**
 * Short links to groups (`/go/group/<id>`, for who may see the group) and to posts (`/go/post/<id>`:
 * the group's page at the post, for who may read its stream; a deleted or hidden post leads nowhere).
 */
@Injectable()
export class GroupLinks implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly links: LinkTargets,
    private readonly access: GroupAccessService,
  ) {}

  onModuleInit(): void {
    this.links.register('group', async (userId, id) => {
      const [ctx] = await this.access.contexts(userId, [id]);
      return !ctx || ctx instanceof Error ? null : { networkId: ctx.group.networkId };
    });
    this.links.register('post', async (userId, id) => {
      const post = await this.db.getRepository(Post).findOneBy({ id, deletedAt: IsNull(), hiddenAt: IsNull() });
      if (!post) return null;
      const [ctx] = await this.access.contexts(userId, [post.groupId]);
      if (!ctx || ctx instanceof Error || !this.access.canReadStream(ctx)) return null;
      // A reply is shown under the post it answers.
      return { networkId: ctx.group.networkId, parentId: post.groupId, shownAs: post.parentId ?? post.id };
    });
  }
}
