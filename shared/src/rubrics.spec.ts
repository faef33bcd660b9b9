import { describe, expect, it } from '@jest/globals';
import { RUBRIC_LIMITS, rubricMaxScore, scoreRubric, validateRubricCriteria, type RubricCriterion } from './rubrics.js';

const level = (points: number, label = `L${points}`) => ({ points, label, descriptor: `Work at ${label}` });
const criterion = (id: string, weight: number, points: number[]): RubricCriterion => ({
  id,
  title: `Criterion ${id}`,
  description: '',
  weight,
  levels: points.map((p) => level(p)),
});

describe('validateRubricCriteria', () => {
  it('accepts a valid rubric and trims its text', () => {
    const result = validateRubricCriteria([
      { id: 'claim', title: '  Claim ', weight: 2, levels: [level(1), { ...level(3), label: ' Strong ' }] },
    ]);
    expect(result).toEqual({
      ok: true,
      criteria: [
        {
          id: 'claim',
          title: 'Claim',
          description: '',
          weight: 2,
          levels: [level(1), { points: 3, label: 'Strong', descriptor: 'Work at L3' }],
        },
      ],
    });
  });

  it('explains each problem at its field', () => {
    expect(validateRubricCriteria([])).toMatchObject({
      ok: false,
      fieldErrors: { criteria: 'Add at least one criterion.' },
    });
    expect(validateRubricCriteria([{ id: 'a', title: 'A', weight: 1, levels: [level(1)] }])).toMatchObject({
      ok: false,
      message: 'Give each criterion at least two levels.',
      fieldErrors: { 'criteria.0.levels': 'Give each criterion at least two levels.' },
    });
    const dup = validateRubricCriteria([criterion('a', 1, [1, 2]), criterion('b', 1, [2, 2])]);
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.fieldErrors['criteria.1.levels.1.points']).toMatch(/different points/);
    const long = validateRubricCriteria([
      { ...criterion('a', 11, [0, 1]), title: 'x'.repeat(RUBRIC_LIMITS.criterionTitleMax + 1) },
    ]);
    expect(long).toMatchObject({
      ok: false,
      fieldErrors: {
        'criteria.0.title': `Keep the criterion's title under ${RUBRIC_LIMITS.criterionTitleMax} characters.`,
        'criteria.0.weight': 'Give the weight as a whole number from 1 to 10.',
      },
    });
    const tooMany = Array.from({ length: RUBRIC_LIMITS.criteriaMax + 1 }, (_, i) => criterion(`c${i}`, 1, [0, 1]));
    expect(validateRubricCriteria(tooMany)).toMatchObject({ ok: false, fieldErrors: { criteria: expect.any(String) } });
    expect(validateRubricCriteria([criterion('a', 1, [0, 1]), criterion('a', 1, [0, 1])])).toMatchObject({
      ok: false,
      fieldErrors: { 'criteria.1.id': 'Two criteria share an id.' },
    });
  });
});

describe('rubric score maths', () => {
  const criteria = [criterion('claim', 2, [1, 2, 4]), criterion('evidence', 1, [0, 3])];

  it('weights the best level of each criterion for the maximum', () => {
    expect(rubricMaxScore(criteria)).toBe(2 * 4 + 3);
    expect(rubricMaxScore([])).toBe(0);
  });

  it('weights chosen levels and names the criteria still to score', () => {
    expect(scoreRubric(criteria, { claim: 2, evidence: 3 })).toEqual({
      score: 7,
      max: 11,
      fraction: 7 / 11,
      missing: [],
    });
    expect(scoreRubric(criteria, { evidence: 0 })).toEqual({ score: 0, max: 11, fraction: 0, missing: ['claim'] });
  });

  it('refuses a choice that is not a level or names no criterion', () => {
    expect(() => scoreRubric(criteria, { claim: 3 })).toThrow(RangeError);
    expect(() => scoreRubric(criteria, { style: 1 })).toThrow(/No criterion/);
  });
});
