import type { UseFormReturnType } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { validateRubricCriteria, type RubricCriterionInput } from '@switchback/shared';
import type { RubricFieldsFragment } from '../../gql/graphql';
import { toApiError, type ApiError } from '../../lib/errors';

export interface LevelValues {
  key: string;
  points: number | string;
  label: string;
  descriptor: string;
}

export interface CriterionValues {
  key: string;
  /** Null until the server has given the criterion an id. */
  id: string | null;
  title: string;
  description: string;
  weight: number | string;
  levels: LevelValues[];
}

export interface RubricValues {
  title: string;
  description: string;
  criteria: CriterionValues[];
}

export type RubricForm = UseFormReturnType<RubricValues>;

export const newLevel = (points: number, label = ''): LevelValues => ({
  key: randomId(),
  points,
  label,
  descriptor: '',
});

export const newCriterion = (): CriterionValues => ({
  key: randomId(),
  id: null,
  title: '',
  description: '',
  weight: 1,
  levels: [newLevel(1, 'Beginning'), newLevel(2, 'Developing'), newLevel(3, 'Proficient'), newLevel(4, 'Exemplary')],
});

export function valuesOf(rubric: RubricFieldsFragment | null): RubricValues {
  if (!rubric) return { title: '', description: '', criteria: [newCriterion()] };
  return {
    title: rubric.title,
    description: rubric.description,
    criteria: rubric.criteria.map((c) => ({
      key: randomId(),
      id: c.id,
      title: c.title,
      description: c.description,
      weight: c.weight,
      levels: c.levels.map((l) => ({ key: randomId(), ...l })),
    })),
  };
}

const toNumber = (v: number | string) => (v === '' ? Number.NaN : Number(v));

/** The criteria as the API takes them (form keys dropped, numbers as numbers). */
export function criteriaInput(values: RubricValues): RubricCriterionInput[] {
  return values.criteria.map((c) => ({
    ...(c.id ? { id: c.id } : {}),
    title: c.title,
    description: c.description,
    weight: toNumber(c.weight),
    levels: c.levels.map((l) => ({ points: toNumber(l.points), label: l.label, descriptor: l.descriptor })),
  })) as RubricCriterionInput[];
}

/** The same checks as the server (the shared rubric schema), before sending. */
export function validateRubricForm(values: RubricValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.title.trim()) errors.title = 'Give the rubric a title.';
  const criteria = criteriaInput(values).map((c, i) => ({ ...c, id: c.id ?? `new-${i}` }));
  const result = validateRubricCriteria(criteria);
  if (!result.ok) Object.assign(errors, result.fieldErrors);
  return errors;
}

/** Shows the API's field errors (`criteria.0.levels`…) next to their fields, and returns the summary. */
export function applyRubricErrors(error: unknown, form: RubricForm): ApiError {
  const api = toApiError(error);
  const errors = Object.fromEntries(
    Object.entries(api.fieldErrors).filter(([k]) => k === 'title' || k === 'description' || k.startsWith('criteria')),
  );
  if (Object.keys(errors).length) form.setErrors(errors);
  return api;
}
