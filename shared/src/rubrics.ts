/** Rubrics for student peer feedback: the shape of their criteria, its limits, and score maths. */
import { z } from 'zod';

export const RUBRIC_LIMITS = {
  titleMax: 120,
  descriptionMax: 2000,
  criteriaMin: 1,
  criteriaMax: 12,
  levelsMin: 2,
  levelsMax: 6,
  criterionIdMax: 40,
  criterionTitleMax: 120,
  criterionDescriptionMax: 1000,
  labelMax: 60,
  descriptorMax: 500,
  weightMin: 1,
  weightMax: 10,
  pointsMin: 0,
  pointsMax: 100,
} as const;

const L = RUBRIC_LIMITS;

export const CRITERION_ID_PATTERN = /^[A-Za-z0-9_-]+$/;

const levelSchema = z.object({
  points: z
    .number({ error: 'Give the level a number of points.' })
    .int({ error: `Points must be a whole number from ${L.pointsMin} to ${L.pointsMax}.` })
    .min(L.pointsMin, { error: `Points must be a whole number from ${L.pointsMin} to ${L.pointsMax}.` })
    .max(L.pointsMax, { error: `Points must be a whole number from ${L.pointsMin} to ${L.pointsMax}.` }),
  label: z
    .string({ error: 'Name the level.' })
    .trim()
    .min(1, { error: 'Name the level, for example "Proficient".' })
    .max(L.labelMax, { error: `Keep each level's name under ${L.labelMax} characters.` }),
  descriptor: z
    .string({ error: 'Describe the level.' })
    .trim()
    .min(1, { error: 'Describe what work at this level looks like.' })
    .max(L.descriptorMax, { error: `Keep each level's description under ${L.descriptorMax} characters.` }),
});

const criterionSchema = z
  .object({
    id: z
      .string({ error: 'The criterion needs an id.' })
      .min(1, { error: 'The criterion needs an id.' })
      .max(L.criterionIdMax, { error: `A criterion id is at most ${L.criterionIdMax} characters.` })
      .regex(CRITERION_ID_PATTERN, { error: 'A criterion id uses only letters, numbers, dashes and underscores.' }),
    title: z
      .string({ error: 'Give the criterion a title.' })
      .trim()
      .min(1, { error: 'Give the criterion a title, for example "Evidence".' })
      .max(L.criterionTitleMax, { error: `Keep the criterion's title under ${L.criterionTitleMax} characters.` }),
    description: z
      .string()
      .trim()
      .max(L.criterionDescriptionMax, {
        error: `Keep the criterion's description under ${L.criterionDescriptionMax} characters.`,
      })
      .default(''),
    weight: z
      .number({ error: 'Give the criterion a weight.' })
      .int({ error: `Give the weight as a whole number from ${L.weightMin} to ${L.weightMax}.` })
      .min(L.weightMin, { error: `Give the weight as a whole number from ${L.weightMin} to ${L.weightMax}.` })
      .max(L.weightMax, { error: `Give the weight as a whole number from ${L.weightMin} to ${L.weightMax}.` }),
    levels: z
      .array(levelSchema, { error: 'Give each criterion at least two levels.' })
      .min(L.levelsMin, { error: 'Give each criterion at least two levels.' })
      .max(L.levelsMax, { error: `Give each criterion at most ${L.levelsMax} levels.` }),
  })
  .superRefine((criterion, ctx) => {
    const seen = new Set<number>();
    criterion.levels.forEach((level, j) => {
      if (seen.has(level.points)) {
        ctx.addIssue({
          code: 'custom',
          path: ['levels', j, 'points'],
          message: `Two levels of "${criterion.title}" give ${level.points} ${level.points === 1 ? 'point' : 'points'}: give each level different points.`,
        });
      }
      seen.add(level.points);
    });
  });

/** A rubric's criteria: the JSON stored with each rubric version. */
export const rubricCriteriaSchema = z
  .array(criterionSchema, { error: 'Add at least one criterion.' })
  .min(L.criteriaMin, { error: 'Add at least one criterion.' })
  .max(L.criteriaMax, { error: `A rubric can have at most ${L.criteriaMax} criteria.` })
  .superRefine((criteria, ctx) => {
    const seen = new Set<string>();
    criteria.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'Two criteria share an id.' });
      seen.add(c.id);
    });
  });

export type RubricLevel = z.infer<typeof levelSchema>;
export type RubricCriterion = z.infer<typeof criterionSchema>;
/** Criteria as a form or an API input holds them (description optional). */
export type RubricCriterionInput = z.input<typeof criterionSchema>;

export type RubricValidation =
  { ok: true; criteria: RubricCriterion[] } | { ok: false; message: string; fieldErrors: Record<string, string> };

/**
 * Checks criteria; field errors are keyed by path under `field`, e.g. `criteria.0.levels` →
 * "Give each criterion at least two levels.". The first problem's message is the summary.
 */
export function validateRubricCriteria(input: unknown, field = 'criteria'): RubricValidation {
  const result = rubricCriteriaSchema.safeParse(input);
  if (result.success) return { ok: true, criteria: result.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = [field, ...issue.path.map(String)].join('.');
    if (!(key in fieldErrors)) fieldErrors[key] = issue.message;
  }
  const messages = [...new Set(Object.values(fieldErrors))];
  const message = messages.length === 1 ? messages[0]! : `Please fix the rubric: ${messages.join(' ')}`;
  return { ok: false, message, fieldErrors };
}

/** The most points a criterion's levels give (unweighted). */
export function criterionMaxPoints(criterion: Pick<RubricCriterion, 'levels'>): number {
  return criterion.levels.reduce((max, level) => Math.max(max, level.points), 0);
}

/** The highest weighted score a rubric allows: Σ weight × best level's points. */
export function rubricMaxScore(criteria: readonly Pick<RubricCriterion, 'levels' | 'weight'>[]): number {
  return criteria.reduce((sum, c) => sum + c.weight * criterionMaxPoints(c), 0);
}

export interface RubricScore {
  /** Σ weight × chosen points over the criteria that have a choice. */
  score: number;
  /** Σ weight × best points over every criterion. */
  max: number;
  /** score / max, from 0 to 1 (0 when max is 0). */
  fraction: number;
  /** Ids of criteria with no level chosen yet. */
  missing: string[];
}

/**
 * The weighted score of chosen levels (criterion id → points of the chosen level). A choice that is
 * not one of the criterion's levels, or names no criterion, is a RangeError.
 */
export function scoreRubric(
  criteria: readonly Pick<RubricCriterion, 'id' | 'levels' | 'weight'>[],
  chosen: Readonly<Record<string, number>>,
): RubricScore {
  const ids = new Set(criteria.map((c) => c.id));
  for (const id of Object.keys(chosen)) {
    if (!ids.has(id)) throw new RangeError(`No criterion "${id}" in this rubric.`);
  }
  let score = 0;
  const missing: string[] = [];
  for (const c of criteria) {
    const points = chosen[c.id];
    if (points === undefined) {
      missing.push(c.id);
      continue;
    }
    if (!c.levels.some((l) => l.points === points)) {
      throw new RangeError(`${points} is not a level of criterion "${c.id}".`);
    }
    score += c.weight * points;
  }
  const max = rubricMaxScore(criteria);
  return { score, max, fraction: max === 0 ? 0 : score / max, missing };
}
