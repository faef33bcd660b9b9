import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { GroupsModule } from '../groups/groups.module.js';
import { LiveGateway } from './live.gateway.js';

@Module({ imports: [AuthModule, GroupsModule], providers: [LiveGateway] })
export class LiveModule {}
