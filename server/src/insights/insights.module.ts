import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module.js';
import { AccessModule } from '../access/access.module.js';
import { NetworkHealthController } from './network-health.controller.js';
import { NetworkHealthResolver } from './network-health.resolver.js';
import { NetworkHealthService } from './network-health.service.js';

/** What coordinators run the network with: network health figures and their CSV export. */
@Module({
  imports: [AccessModule, GroupsModule],
  providers: [NetworkHealthService, NetworkHealthResolver],
  controllers: [NetworkHealthController],
})
export class InsightsModule {}
