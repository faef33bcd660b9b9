import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module.js';
import { AuditLogController } from './audit-log.controller.js';
import { AuditLogResolver } from './audit-log.resolver.js';
import { AuditLogService } from './audit-log.service.js';

/** Reading the audit log (recording is AuditModule's, which every feature imports). */
@Module({
  imports: [AccessModule],
  providers: [AuditLogService, AuditLogResolver],
  controllers: [AuditLogController],
})
export class AuditLogModule {}
