import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { OutboxModule } from '../notifications/outbox.module.js';
import { AccessModule } from '../access/access.module.js';
import { InvitationsResolver } from './invitations.resolver.js';
import { InvitationsService } from './invitations.service.js';
import { MembersResolver } from './members.resolver.js';
import { MembersService } from './members.service.js';
import { Network } from './network.entity.js';
import { NetworksResolver } from './networks.resolver.js';
import { NetworksService } from './networks.service.js';
import { MembershipResolver } from './membership.resolver.js';
import { SchoolsResolver } from './schools.resolver.js';
import { SchoolsService } from './schools.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Network]), AccessModule, AuthModule, OutboxModule, AuditModule],
  providers: [
    NetworksService,
    SchoolsService,
    MembersService,
    InvitationsService,
    NetworksResolver,
    SchoolsResolver,
    MembersResolver,
    InvitationsResolver,
    MembershipResolver,
  ],
})
export class NetworksModule {}
