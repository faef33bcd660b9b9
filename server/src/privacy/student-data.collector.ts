import { Injectable } from '@nestjs/common';
import { In, Not, type EntityManager } from 'typeorm';
import type { RubricCriterion } from '@switchback/shared';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Session } from '../auth/session.entity.js';
import { User } from '../auth/user.entity.js';
import { Enrollment } from '../classes/enrollment.entity.js';
import { SchoolClass } from '../classes/school-class.entity.js';
import { Exchange } from '../feedback/exchange.entity.js';
import { PeerReview } from '../feedback/peer-review.entity.js';
import { ReviewFlag } from '../feedback/review-flag.entity.js';
import { Rubric } from '../feedback/rubric.entity.js';
import { Submission } from '../feedback/submission.entity.js';
import { Membership } from '../networks/membership.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import type { StudentDataTarget } from './student-data-access.service.js';

/** Everything Switchback holds about one student in one network (never another network's rows). */
export interface StudentRecord {
  user: User;
  membership: Membership;
  /** Whether the account has a membership in another network (then its sign-ins are not exported). */
  inOtherNetworks: boolean;
  enrollments: (Enrollment & { class: SchoolClass })[];
  exchanges: Map<string, Exchange>;
  rubrics: Map<string, Rubric>;
  essays: Submission[];
  /** Submitted reviews of their essays (drafts and reassigned ones are their writers' data). */
  received: PeerReview[];
  /** Reviews they were given to write (any status). */
  written: PeerReview[];
  /** Pseudonyms of the essays they reviewed, by submission id. */
  reviewedEssays: Map<string, Submission>;
  flags: ReviewFlag[];
  notifications: Notification[];
  sessions: Session[];
  auditEvents: AuditEvent[];
}

/** Reads one student's rows of one network; the privacy services export or delete them. */
@Injectable()
export class StudentDataCollector {
  async collect(m: EntityManager, target: StudentDataTarget): Promise<StudentRecord> {
    const { networkId, studentId } = target;
    const user = await m.getRepository(User).findOneByOrFail({ id: studentId });
    const exchangeList = await m.getRepository(Exchange).findBy({ networkId });
    const exchangeIds = exchangeList.map((e) => e.id);
    const inNetwork = exchangeIds.length ? In(exchangeIds) : In(['00000000-0000-0000-0000-000000000000']);
    // One after another: `m` is the caller's transaction, one connection running one query at a time.
    const inOtherNetworks = await m
      .getRepository(Membership)
      .existsBy({ userId: studentId, networkId: Not(networkId) });
    const enrollments = (await m
      .getRepository(Enrollment)
      .createQueryBuilder('e')
      .innerJoinAndSelect('e.class', 'c')
      .leftJoinAndSelect('c.school', 's')
      .leftJoinAndSelect('c.teacher', 't')
      .where('e.student_id = :studentId', { studentId })
      .andWhere('c.network_id = :networkId', { networkId })
      .orderBy('e.created_at', 'ASC')
      .getMany()) as (Enrollment & { class: SchoolClass })[];
    const essays = await m
      .getRepository(Submission)
      .find({ where: { studentId, exchangeId: inNetwork }, order: { createdAt: 'ASC' } });
    const written = await m
      .getRepository(PeerReview)
      .find({ where: { reviewerId: studentId, exchangeId: inNetwork }, order: { assignedAt: 'ASC' } });
    const flags = await m.getRepository(ReviewFlag).find({ where: { flaggedById: studentId, exchangeId: inNetwork } });
    const notifications = await m
      .getRepository(Notification)
      .find({ where: { userId: studentId, networkId }, order: { createdAt: 'ASC' } });
    const auditEvents = await m
      .getRepository(AuditEvent)
      .find({ where: { networkId, targetId: studentId }, order: { createdAt: 'ASC' } });
    const essayIds = essays.map((s) => s.id);
    const received = essayIds.length
      ? await m.getRepository(PeerReview).find({
          where: { submissionId: In(essayIds), status: 'SUBMITTED' },
          order: { submittedAt: 'ASC', id: 'ASC' },
        })
      : [];
    const reviewedIds = [...new Set(written.map((r) => r.submissionId))];
    const reviewed = reviewedIds.length
      ? await m.getRepository(Submission).find({
          where: { id: In(reviewedIds) },
          select: { id: true, pseudonym: true, exchangeId: true },
        })
      : [];
    const exchanges = new Map(exchangeList.map((e) => [e.id, e]));
    const rubricIds = [...new Set([...essays, ...written].map((r) => exchanges.get(r.exchangeId)!.rubricId))];
    const rubrics = rubricIds.length ? await m.getRepository(Rubric).findBy({ id: In(rubricIds) }) : [];
    const sessions = inOtherNetworks
      ? []
      : await m.getRepository(Session).find({ where: { userId: studentId }, order: { createdAt: 'ASC' } });
    return {
      user,
      membership: target.membership,
      inOtherNetworks,
      enrollments,
      exchanges,
      rubrics: new Map(rubrics.map((r) => [r.id, r])),
      essays,
      received,
      written,
      reviewedEssays: new Map(reviewed.map((s) => [s.id, s])),
      flags,
      notifications,
      sessions,
      auditEvents,
    };
  }
}

/** The criteria of an exchange's rubric (empty when it is gone). */
export function criteriaOf(record: StudentRecord, exchangeId: string): RubricCriterion[] {
  const exchange = record.exchanges.get(exchangeId);
  return (exchange && record.rubrics.get(exchange.rubricId)?.criteria) ?? [];
}
