import { Module } from '@nestjs/common';
import { AccessModule } from '../../access/access.module.js';
import { AuditModule } from '../../audit/audit.module.js';
import { AuthModule } from '../../auth/auth.module.js';
import { RosterApplyService } from './roster-apply.service.js';
import { RosterImportResolver } from './roster-import.resolver.js';
import { RosterImportService } from './roster-import.service.js';
import { RosterWorldService } from './roster-world.service.js';

/** OneRoster 1.2 CSV import (Clever, ClassLink): docs/integrations.md. */
@Module({
  imports: [AccessModule, AuthModule, AuditModule],
  providers: [RosterImportService, RosterWorldService, RosterApplyService, RosterImportResolver],
})
export class OneRosterModule {}
