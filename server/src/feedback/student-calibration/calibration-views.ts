import {
  essayAccuracy,
  isAccurate,
  reviewerAccuracy,
  rubricMaxScore,
  weightedReviewScore,
  type AccuracyCriterion,
  type RubricCriterion,
} from '@switchback/shared';
import type { AnchorPaper } from '../calibration/anchor-papers.service.js';
import type { ResultsData } from '../exchange-results.service.js';
import type {
  AgreedLevel,
  CalibrationComparison,
  CalibrationResults,
  StudentCalibrationEssay,
} from './dto/student-calibration.types.js';
import type { StudentCalibrationAttempt } from './student-calibration-attempt.entity.js';

type Attempt = Pick<StudentCalibrationAttempt, 'studentId' | 'essayId' | 'attempt' | 'levels' | 'accuracy' | 'farOff'>;

/** The rubric's criteria as the accuracy maths takes them (levels by points, lowest first). */
export function accuracyCriteria(criteria: readonly RubricCriterion[]): AccuracyCriterion[] {
  return criteria.map((c) => ({
    id: c.id,
    weight: c.weight,
    levels: c.levels.map((l) => l.points).sort((a, b) => a - b),
  }));
}

/** An anchor paper's agreed scores as criterion id → points. */
export function agreedPoints(paper: AnchorPaper): Record<string, number> {
  return Object.fromEntries(paper.agreed.map((a) => [a.criterionId, a.points]));
}

const labelOf = (c: RubricCriterion, points: number | null | undefined) =>
  points === null || points === undefined ? null : (c.levels.find((l) => l.points === points)?.label ?? `${points}`);

/** The agreed level and rationale per criterion, in the rubric's order. */
export function agreedLevels(criteria: readonly RubricCriterion[], paper: AnchorPaper): AgreedLevel[] {
  return criteria.flatMap((c) => {
    const a = paper.agreed.find((x) => x.criterionId === c.id);
    return a
      ? [
          {
            criterionId: c.id,
            title: c.title,
            points: a.points,
            levelLabel: labelOf(c, a.points)!,
            rationale: a.rationale,
          },
        ]
      : [];
  });
}

/** A try beside the agreed levels (`levels` null: a teacher's preview, agreed levels only). */
export function comparison(
  criteria: readonly RubricCriterion[],
  paper: AnchorPaper,
  levels: Record<string, number> | null,
): CalibrationComparison[] {
  const byCriterion = levels ? essayAccuracy(accuracyCriteria(criteria), levels, agreedPoints(paper)).byCriterion : [];
  return agreedLevels(criteria, paper).map((a) => {
    const c = criteria.find((x) => x.id === a.criterionId)!;
    const yours = levels?.[c.id] ?? null;
    return {
      criterionId: c.id,
      title: c.title,
      yours,
      yourLabel: labelOf(c, yours),
      agreed: a.points,
      agreedLabel: a.levelLabel,
      rationale: a.rationale,
      levelsAway: byCriterion.find((b) => b.criterionId === c.id)?.levelsAway ?? 0,
    };
  });
}

/** An essay is done after a first try that was not far off, or after the second try. */
export const essayDone = (tries: readonly Attempt[]) => tries.length >= 2 || (tries.length === 1 && !tries[0]!.farOff);

/** A student's view of one example essay: text only, their last try beside the agreed levels. */
export function essayView(
  criteria: readonly RubricCriterion[],
  paper: AnchorPaper,
  position: number,
  tries: readonly Attempt[],
  preview: boolean,
): StudentCalibrationEssay {
  const last = tries.reduce<Attempt | null>((a, t) => (!a || t.attempt > a.attempt ? t : a), null);
  return {
    essayId: paper.essayId,
    position,
    body: paper.body,
    tries: tries.length,
    secondTryOpen: tries.length === 1 && tries[0]!.farOff,
    done: essayDone(tries),
    accuracy: last?.accuracy ?? null,
    comparison: last ? comparison(criteria, paper, last.levels) : preview ? comparison(criteria, paper, null) : [],
  };
}

/** Each student's accuracy over the chosen essays: the mean of their last tries (`reviewerAccuracy`). */
export function accuracies(
  attempts: readonly Attempt[],
  essayIds: readonly string[],
): Map<string, { accuracy: number | null; essaysScored: number }> {
  const chosen = new Set(essayIds);
  const last = new Map<string, Attempt>();
  for (const a of attempts) {
    if (!chosen.has(a.essayId)) continue;
    const key = `${a.studentId}:${a.essayId}`;
    const seen = last.get(key);
    if (!seen || a.attempt > seen.attempt) last.set(key, a);
  }
  const byStudent = new Map<string, number[]>();
  for (const a of last.values()) byStudent.set(a.studentId, [...(byStudent.get(a.studentId) ?? []), a.accuracy]);
  return new Map(
    [...byStudent].map(([studentId, xs]) => [studentId, { accuracy: reviewerAccuracy(xs), essaysScored: xs.length }]),
  );
}

/**
 * Calibration in a teacher's results: every reviewer's accuracy, and each essay's received scores
 * as a plain and an accuracy-weighted mean with outliers marked. Students are named as the results
 * name them (`d.label`: own students by name, everyone else by pseudonym).
 */
export function calibrationResults(
  d: ResultsData,
  attempts: readonly Attempt[],
  essayIds: readonly string[],
): CalibrationResults {
  const accuracy = accuracies(attempts, essayIds);
  const reviewerIds = new Set([...accuracy.keys(), ...d.reviews.map((r) => r.reviewerId)]);
  const reviewers = [...reviewerIds]
    .map((id) => {
      const a = accuracy.get(id);
      return {
        label: d.label(id),
        isMine: d.mine.has(id),
        essaysScored: a?.essaysScored ?? 0,
        accuracy: a?.accuracy ?? null,
        calibrated: isAccurate(a?.accuracy ?? null),
      };
    })
    .sort((x, y) => Number(y.isMine) - Number(x.isMine) || x.label.localeCompare(y.label));
  const maxScore = rubricMaxScore(d.criteria);
  const essays = d.submissions
    .filter((s) => s.status === 'SUBMITTED')
    .map((s) => {
      const received = d.reviews.filter(
        (r) => r.submissionId === s.id && r.status === 'SUBMITTED' && !r.hiddenAt && r.score !== null,
      );
      const inputs = received.map((r) => ({ score: r.score!, accuracy: accuracy.get(r.reviewerId)?.accuracy ?? null }));
      const w = weightedReviewScore(inputs, maxScore);
      return {
        label: d.label(s.studentId),
        isMine: d.mine.has(s.studentId),
        mean: w.mean,
        weightedMean: w.weightedMean,
        scores: received.map((r, i) => ({
          reviewerLabel: d.label(r.reviewerId),
          score: r.score!,
          accuracy: inputs[i]!.accuracy,
          outlier: w.outliers[i] ?? false,
        })),
      };
    })
    .sort((x, y) => Number(y.isMine) - Number(x.isMine) || x.label.localeCompare(y.label));
  return { anchorCount: essayIds.length, reviewers, essays };
}
