/**
 * Anchor papers for tests of students' calibration: an AGREED calibration round on a rubric with
 * its essays and agreed scores, written straight to the database (the teachers' rounds are another
 * feature's; only their outcome matters here).
 */
import type { DataSource } from 'typeorm';
import { CalibrationAgreedScore } from '../../server/src/feedback/calibration/calibration-agreed-score.entity.js';
import { CalibrationEssay } from '../../server/src/feedback/calibration/calibration-essay.entity.js';
import { CalibrationRound } from '../../server/src/feedback/calibration/calibration-round.entity.js';
import { Rubric } from '../../server/src/feedback/rubric.entity.js';

export interface AnchorSpec {
  body: string;
  /** Criterion id → agreed points. */
  agreed: Record<string, number>;
}

/** The three anchor essays the tests use, on the `CRITERIA` of test/support/peer-feedback.ts. */
export const ANCHORS: AnchorSpec[] = [
  {
    body: 'Rural schools should share teachers because a shared physics teacher can reach students who would otherwise have no physics at all. Two districts did this in 2019 and enrolment rose.',
    agreed: { claim: 3, evidence: 4 },
  },
  {
    body: 'Sharing teachers is good and bad. Some people like it and some people do not like it. It depends on many things and every school is different in its own way.',
    agreed: { claim: 1, evidence: 0 },
  },
  {
    body: 'Schools could share teachers to save money, I think, since teachers cost a lot. My cousin says that buses take too long though, so maybe not always for every subject.',
    agreed: { claim: 2, evidence: 2 },
  },
];

/** An AGREED round on the rubric with the given essays; returns the essays' ids in order. */
export async function anchorPapers(
  db: DataSource,
  opts: { rubricId: string; groupId: string; facilitatorId: string; title?: string; anchors?: AnchorSpec[] },
): Promise<string[]> {
  const rubric = await db.getRepository(Rubric).findOneByOrFail({ id: opts.rubricId });
  const now = new Date();
  const round = await db.getRepository(CalibrationRound).save({
    networkId: rubric.networkId,
    groupId: opts.groupId,
    rubricId: rubric.id,
    rubricRootId: rubric.rootId,
    title: opts.title ?? 'Argument anchors',
    createdById: opts.facilitatorId,
    status: 'AGREED',
    revealedAt: now,
    agreedAt: now,
  });
  const ids: string[] = [];
  for (const [i, spec] of (opts.anchors ?? ANCHORS).entries()) {
    const essay = await db
      .getRepository(CalibrationEssay)
      .save({ roundId: round.id, position: i + 1, body: spec.body, sourceSubmissionId: null });
    ids.push(essay.id);
    for (const [criterionId, points] of Object.entries(spec.agreed)) {
      await db.getRepository(CalibrationAgreedScore).insert({
        roundId: round.id,
        essayId: essay.id,
        criterionId,
        points,
        rationale: `The group agreed ${points} for ${criterionId} after discussing the essay.`,
        agreedById: opts.facilitatorId,
      });
    }
  }
  return ids;
}
