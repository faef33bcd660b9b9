import { calibrationAgreement, type CellAgreement as StatsCell, type RubricCriterion } from '@switchback/shared';
import type { RubricPerson } from '../dto/rubric.types.js';
import type { CalibrationComment } from './calibration-comment.entity.js';
import type { CalibrationScore } from './calibration-score.entity.js';
import type { CalibrationAgreement, CalibrationCommentView, CellAgreement } from './dto/calibration.types.js';

/**
 * The one place a round's agreement is computed: the shared statistics (calibration-stats.ts:
 * exact and adjacent agreement, Krippendorff's alpha, ordinal) over every score given, finished or
 * partial (a cell nobody scored is missing, not zero). Only ever called for a revealed round.
 */
export function roundAgreement(
  criteria: readonly RubricCriterion[],
  essayIds: readonly string[],
  scores: readonly Pick<CalibrationScore, 'essayId' | 'raterId' | 'levels'>[],
): ReturnType<typeof calibrationAgreement> {
  return calibrationAgreement({
    criteria: criteria.map((c) => ({ id: c.id, levels: c.levels.map((l) => l.points) })),
    essayIds,
    scores: scores.map((s) => ({ essayId: s.essayId, raterId: s.raterId, levels: s.levels })),
  });
}

/** The agreement as the API shows it: level labels on the counts, each cell's discussion thread. */
export function agreementView(
  criteria: readonly RubricCriterion[],
  essayIds: readonly string[],
  scores: readonly Pick<CalibrationScore, 'essayId' | 'raterId' | 'levels'>[],
  comments: readonly CalibrationComment[],
  person: (userId: string) => RubricPerson,
): CalibrationAgreement {
  const stats = roundAgreement(criteria, essayIds, scores);
  const label = (criterionId: string, points: number) =>
    criteria.find((c) => c.id === criterionId)?.levels.find((l) => l.points === points)?.label ?? String(points);
  const thread = (essayId: string, criterionId: string): CalibrationCommentView[] =>
    comments
      .filter((c) => c.essayId === essayId && c.criterionId === criterionId)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((c) => ({ ...c, author: person(c.authorId) }));
  const cell = (c: StatsCell): CellAgreement => ({
    essayId: c.essayId,
    criterionId: c.criterionId,
    counts: c.counts.map((n) => ({ ...n, label: label(c.criterionId, n.points) })),
    min: c.min,
    max: c.max,
    spread: c.spread,
    exact: c.exact,
    adjacent: c.adjacent,
    raters: c.raters,
    comments: thread(c.essayId, c.criterionId),
  });
  return {
    overall: stats.overall,
    byCriterion: stats.byCriterion,
    byEssay: stats.byEssay,
    cells: stats.cells.map(cell),
    disputed: stats.disputed.map(cell),
  };
}
