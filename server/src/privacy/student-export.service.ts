import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { safeFilename, type DownloadFile } from '../common/files.js';
import { StudentDataAccessService } from './student-data-access.service.js';
import { StudentDataCollector } from './student-data.collector.js';
import { studentDataZip } from './student-export.files.js';

/** A district's request for one student's data: a zip of JSON and readable files, recorded in the audit log. */
@Injectable()
export class StudentExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: StudentDataAccessService,
    private readonly collector: StudentDataCollector,
    private readonly audit: AuditService,
  ) {}

  async export(userId: string, networkId: string, studentId: string): Promise<DownloadFile> {
    const target = await this.access.target(userId, networkId, studentId);
    const exportedAt = new Date();
    // One snapshot: the rows read and the audit record land together.
    const body = await this.db.transaction('REPEATABLE READ', async (m) => {
      const record = await this.collector.collect(m, target);
      await this.audit.record(m, {
        networkId,
        actorId: userId,
        action: 'student.export',
        targetType: 'User',
        targetId: studentId,
      });
      return studentDataZip(record, exportedAt);
    });
    return {
      // The student's id, never their name: the file name shows in download lists and logs.
      filename: safeFilename(`student-${studentId}`, 'zip', { suffix: `-${exportedAt.toISOString().slice(0, 10)}` }),
      contentType: 'application/zip',
      body,
    };
  }
}
