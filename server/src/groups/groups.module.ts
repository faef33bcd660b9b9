import { LinksCoreModule } from '../links/links-core.module.js';
import { GroupLinks } from './group-links.js';
import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { NotificationsCoreModule } from '../notifications/notifications-core.module.js';
import { ActivityService } from './activity.service.js';
import { DiscoveryService } from './discovery.service.js';
import { GoalsService } from './goals.service.js';
import { GroupAccessService } from './group-access.service.js';
import { GroupActivityResolver, GroupMemberResolver } from './group-member.resolver.js';
import { GroupViewService } from './group-view.service.js';
import { GroupsResolver } from './groups.resolver.js';
import { GroupsService } from './groups.service.js';
import { GroupProposalsResolver } from './group-proposals.resolver.js';
import { GroupProposalsService } from './group-proposals.service.js';
import { GroupSettingsService } from './group-settings.service.js';
import { LookupService } from './lookup.service.js';
import { GoalsResolver, PostsResolver } from './posts.resolver.js';
import { PostsService } from './posts.service.js';

@Module({
  imports: [AccessModule, AuditModule, NotificationsCoreModule, LinksCoreModule],
  providers: [
    GroupAccessService,
    GroupLinks,
    ActivityService,
    GroupsService,
    GroupProposalsService,
    GroupSettingsService,
    GroupProposalsResolver,
    DiscoveryService,
    GoalsService,
    PostsService,
    GroupViewService,
    LookupService,
    GroupsResolver,
    GroupMemberResolver,
    GroupActivityResolver,
    PostsResolver,
    GoalsResolver,
  ],
  exports: [GroupAccessService, DiscoveryService, GoalsService, PostsService, GroupProposalsService],
})
export class GroupsModule {}
