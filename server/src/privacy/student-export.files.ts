import { strToU8, zipSync, type Zippable } from 'fflate';
import type { PeerReview } from '../feedback/peer-review.entity.js';
import { safeFilename } from '../common/files.js';
import { criteriaOf, type StudentRecord } from './student-data.collector.js';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** A review as data: the criteria by title with the chosen level and comment. */
function reviewData(record: StudentRecord, r: PeerReview) {
  const criteria = criteriaOf(record, r.exchangeId);
  return {
    status: r.status,
    criteria: criteria.map((c) => ({
      criterion: c.title,
      points: r.levels[c.id] ?? null,
      level: c.levels.find((l) => l.points === r.levels[c.id])?.label ?? null,
      comment: r.comments[c.id] ?? '',
    })),
    strength: r.strength,
    nextStep: r.nextStep,
    score: r.score,
    startedAt: iso(r.startedAt),
    submittedAt: iso(r.submittedAt),
    hiddenByTeacher: Boolean(r.hiddenAt),
    helpfulness: r.helpfulness,
    helpfulnessComment: r.helpfulnessComment,
  };
}

/** Everything held about the student in this network, as one JSON document (no password hash). */
export function studentDataJson(record: StudentRecord, exportedAt: Date) {
  const u = record.user;
  const title = (exchangeId: string) => record.exchanges.get(exchangeId)?.title ?? '';
  const essayPseudonym = new Map(record.essays.map((s) => [s.id, s.pseudonym]));
  return {
    exportedAt: exportedAt.toISOString(),
    networkId: record.membership.networkId,
    account: {
      id: u.id,
      username: u.username,
      email: u.email,
      displayName: u.displayName,
      locale: u.locale,
      digestFrequency: u.digestFrequency,
      lastDigestAt: iso(u.lastDigestAt),
      createdAt: iso(u.createdAt),
    },
    membership: {
      role: record.membership.role,
      status: record.membership.status,
      schoolId: record.membership.schoolId,
      createdAt: iso(record.membership.createdAt),
    },
    enrollments: record.enrollments.map((e) => ({
      classId: e.classId,
      className: e.class.name,
      subject: e.class.subject,
      gradeLevel: e.class.gradeLevel,
      school: e.class.school?.name ?? null,
      teacher: e.class.teacher?.displayName ?? null,
      enrolledAt: iso(e.createdAt),
    })),
    essays: record.essays.map((s) => ({
      id: s.id,
      exchange: title(s.exchangeId),
      pseudonym: s.pseudonym,
      status: s.status,
      latestText: s.body,
      submittedText: s.submittedBody,
      submittedAt: iso(s.submittedAt),
      createdAt: iso(s.createdAt),
      updatedAt: iso(s.updatedAt),
    })),
    reviewsReceived: record.received.map((r, i) => ({
      id: r.id,
      essayPseudonym: essayPseudonym.get(r.submissionId) ?? null,
      exchange: title(r.exchangeId),
      reviewer: `Reviewer ${i + 1}`,
      ...reviewData(record, r),
    })),
    reviewsWritten: record.written.map((r) => ({
      id: r.id,
      exchange: title(r.exchangeId),
      ofEssayBy: record.reviewedEssays.get(r.submissionId)?.pseudonym ?? null,
      assignedAt: iso(r.assignedAt),
      ...reviewData(record, r),
    })),
    flagsRaised: record.flags.map((f) => ({
      reviewId: f.reviewId,
      reason: f.reason,
      status: f.status,
      resolution: f.resolution,
      createdAt: iso(f.createdAt),
      resolvedAt: iso(f.resolvedAt),
    })),
    notifications: record.notifications.map((n) => ({
      kind: n.kind,
      text: n.text,
      createdAt: iso(n.createdAt),
      readAt: iso(n.readAt),
    })),
    signInHistory: record.inOtherNetworks
      ? 'Not included: this account also belongs to another network, and its sign-ins are not tied to one network.'
      : record.sessions.map((s) => ({
          signedInAt: iso(s.createdAt),
          address: s.ip,
          expiresAt: iso(s.expiresAt),
          signedOutAt: iso(s.revokedAt),
        })),
    recordedActions: record.auditEvents.map((a) => ({
      action: a.action,
      byUserId: a.actorId,
      at: iso(a.createdAt),
      details: a.data,
    })),
  };
}

function reviewText(record: StudentRecord, r: PeerReview, heading: string): string {
  const data = reviewData(record, r);
  const lines = [`# ${heading}`, '', `Status: ${data.status}${data.hiddenByTeacher ? ' (hidden by a teacher)' : ''}`];
  if (data.submittedAt) lines.push(`Submitted: ${data.submittedAt}`);
  if (data.score !== null) lines.push(`Score: ${data.score}`);
  lines.push('');
  for (const c of data.criteria) {
    lines.push(`## ${c.criterion}`, '', `Level: ${c.level ?? 'not chosen'}`, '', c.comment || '(no comment)', '');
  }
  lines.push('## Strength', '', data.strength || '(none)', '', '## Next step', '', data.nextStep || '(none)', '');
  if (data.helpfulness !== null) {
    lines.push('## Helpfulness rating', '', `${data.helpfulness} of 5`, data.helpfulnessComment ?? '', '');
  }
  return lines.join('\n');
}

const README = `Switchback: one student's data
==============================

data.json holds everything Switchback keeps about this student in this network: their account
(without the password, which is stored only as a one-way hash), their place in the network, their
classes, their essays, the reviews they received and wrote (with helpfulness ratings), the flags
they raised, their notifications, their sign-in history (when the account belongs to this network
only) and the recorded actions about them.

essays/, reviews-received/ and reviews-written/ hold the same texts, readable without a program.
Data that other networks hold about the same person is not part of this export.
`;

/** The zip: data.json, a README, and each essay and review as a Markdown file. */
export function studentDataZip(record: StudentRecord, exportedAt: Date): Buffer {
  const json = studentDataJson(record, exportedAt);
  const files: Zippable = {
    'README.txt': strToU8(README),
    'data.json': strToU8(JSON.stringify(json, null, 2)),
  };
  const n = (i: number) => String(i + 1).padStart(2, '0');
  const name = (i: number, exchangeId: string) =>
    `${n(i)}-${safeFilename(record.exchanges.get(exchangeId)?.title ?? '', 'md', { fallback: 'exchange' })}`;
  record.essays.forEach((s, i) => {
    const text = [
      `# ${record.exchanges.get(s.exchangeId)?.title ?? 'Essay'}`,
      '',
      `Pseudonym: ${s.pseudonym}`,
      `Status: ${s.status}`,
      s.submittedAt ? `Submitted: ${s.submittedAt.toISOString()}` : 'Not submitted',
      '',
      '## Latest text',
      '',
      s.body,
      '',
      ...(s.submittedBody !== null && s.submittedBody !== s.body ? ['## Submitted text', '', s.submittedBody, ''] : []),
    ].join('\n');
    files[`essays/${name(i, s.exchangeId)}`] = strToU8(text);
  });
  record.received.forEach((r, i) => {
    files[`reviews-received/${name(i, r.exchangeId)}`] = strToU8(
      reviewText(record, r, `Review ${i + 1} of your essay`),
    );
  });
  record.written.forEach((r, i) => {
    const of = record.reviewedEssays.get(r.submissionId)?.pseudonym ?? 'another student';
    files[`reviews-written/${name(i, r.exchangeId)}`] = strToU8(reviewText(record, r, `Your review of ${of}'s essay`));
  });
  return Buffer.from(zipSync(files, { level: 6, mtime: exportedAt }));
}
