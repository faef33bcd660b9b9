import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { accountKey } from '../auth/attempt-limiter.service.js';
import { User } from '../auth/user.entity.js';
import { Enrollment } from '../classes/enrollment.entity.js';
import { PeerReview } from '../feedback/peer-review.entity.js';
import { ReviewEndorsement } from '../feedback/endorsements/review-endorsement.entity.js';
import { ReviewFlag } from '../feedback/review-flag.entity.js';
import { Submission } from '../feedback/submission.entity.js';
import { Membership } from '../networks/membership.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import type { StudentDataSummary } from './dto/student-data.types.js';
import { StudentDataAccessService, type StudentDataTarget } from './student-data-access.service.js';
import { StudentDataCollector, type StudentRecord } from './student-data.collector.js';

/** A review another student reads: submitted and not hidden. It stays, with no link to its writer. */
const keptForItsReader = (r: PeerReview) => r.status === 'SUBMITTED' && !r.hiddenAt;

/**
 * Deletes one student's data in one network, for a district's request (see docs/student-data.md):
 * their essays and the reviews of them, the reviews they had not submitted, their flags,
 * notifications, enrollments and membership. Reviews they submitted that another student reads stay
 * as anonymous text (their writer replaced by a random id). When no other network has the account,
 * the account itself goes too (name, username, password hash, sessions). One transaction; the audit
 * log records who deleted which student id, never the name.
 */
@Injectable()
export class StudentDeletionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: StudentDataAccessService,
    private readonly collector: StudentDataCollector,
    private readonly audit: AuditService,
  ) {}

  async summary(userId: string, networkId: string, studentId: string): Promise<StudentDataSummary> {
    const target = await this.access.target(userId, networkId, studentId);
    return summarize(await this.collector.collect(this.db.manager, target));
  }

  async delete(userId: string, networkId: string, studentId: string): Promise<StudentDataSummary> {
    await this.access.target(userId, networkId, studentId);
    return this.db.transaction(async (m) => {
      // Locks the account, so a join, a removal or a second deletion waits for this one.
      await m.getRepository(User).findOne({ where: { id: studentId }, lock: { mode: 'pessimistic_write' } });
      const target = await this.access.target(userId, networkId, studentId, m);
      const record = await this.collector.collect(m, target);
      const done = summarize(record);
      await this.erase(m, target, record, done.accountDeleted);
      await this.audit.record(m, {
        networkId,
        actorId: userId,
        action: 'student.delete',
        targetType: 'User',
        targetId: studentId,
        data: {
          essays: done.essays,
          reviewsReceived: done.reviewsReceived,
          reviewsKeptAnonymous: done.reviewsKeptAnonymous,
          reviewsDeleted: done.reviewsDeleted,
          accountDeleted: done.accountDeleted,
        },
      });
      return done;
    });
  }

  private async erase(m: EntityManager, target: StudentDataTarget, record: StudentRecord, account: boolean) {
    const { studentId, networkId } = target;
    const essayIds = record.essays.map((s) => s.id);
    // Every review of their essays (submitted, in progress or reassigned) goes with the essay.
    const ofEssays = essayIds.length
      ? await m.getRepository(PeerReview).find({ where: { submissionId: In(essayIds) }, select: { id: true } })
      : [];
    const gone = [...ofEssays, ...record.written.filter((r) => !keptForItsReader(r))].map((r) => r.id);
    // Their reviews stop being examples; endorsements of the reviews that go, go with them.
    const endorsed = [...gone, ...record.written.map((r) => r.id)];
    if (endorsed.length) await m.delete(ReviewEndorsement, { reviewId: In(endorsed) });
    if (gone.length) {
      await m.delete(ReviewFlag, { reviewId: In(gone) });
      await m.delete(PeerReview, { id: In(gone) });
    }
    if (essayIds.length) await m.delete(Submission, { id: In(essayIds) });
    // Their essays presented in the showcase (pseudonymous) go with the essays, with the responses.
    await m.query(
      `DELETE FROM showcase_response WHERE item_id IN (SELECT id FROM showcase_item WHERE writer_id = $1 AND network_id = $2)`,
      [studentId, networkId],
    );
    await m.query(`DELETE FROM showcase_item WHERE writer_id = $1 AND network_id = $2`, [studentId, networkId]);
    // Each kept review gets a writer id of its own that names nobody.
    for (const r of record.written.filter(keptForItsReader)) {
      await m.query('UPDATE peer_review SET reviewer_id = gen_random_uuid() WHERE id = $1', [r.id]);
    }
    if (record.flags.length) await m.delete(ReviewFlag, { id: In(record.flags.map((f) => f.id)) });
    await m.delete(Notification, { userId: studentId, networkId });
    if (record.enrollments.length) await m.delete(Enrollment, { id: In(record.enrollments.map((e) => e.id)) });
    await m.delete(Membership, { id: target.membership.id });
    if (account) {
      // The limiter's counters name the account (its username): they go with it.
      if (record.user.username) {
        const who = accountKey(record.user.username).replace(/[\\%_]/g, (c) => `\\${c}`);
        await m.query(
          `DELETE FROM rate_limit_bucket WHERE key LIKE '%:account:' || $1 OR key LIKE '%:pair:' || $1 || '|%'`,
          [who],
        );
      }
      // Sessions and password resets go with the account (ON DELETE CASCADE).
      await m.delete(User, { id: studentId });
    }
  }
}

function summarize(record: StudentRecord): StudentDataSummary {
  return {
    studentId: record.user.id,
    displayName: record.user.displayName,
    username: record.user.username ?? '',
    classes: record.enrollments.length,
    essays: record.essays.length,
    reviewsReceived: record.received.length,
    reviewsKeptAnonymous: record.written.filter(keptForItsReader).length,
    reviewsDeleted: record.written.filter((r) => !keptForItsReader(r)).length,
    flags: record.flags.length,
    notifications: record.notifications.length,
    accountDeleted: !record.inOtherNetworks,
  };
}
