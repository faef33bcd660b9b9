import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AccessModule } from '../access/access.module.js';
import { StudentDataAccessService } from './student-data-access.service.js';
import { StudentDataCollector } from './student-data.collector.js';
import { StudentDataResolver } from './student-data.resolver.js';
import { StudentDeletionService } from './student-deletion.service.js';
import { StudentExportController } from './student-export.controller.js';
import { StudentExportService } from './student-export.service.js';

/** A district's requests about one student's data: export (a zip) and deletion. */
@Module({
  imports: [AccessModule, AuditModule],
  providers: [
    StudentDataAccessService,
    StudentDataCollector,
    StudentExportService,
    StudentDeletionService,
    StudentDataResolver,
  ],
  controllers: [StudentExportController],
})
export class PrivacyModule {}
