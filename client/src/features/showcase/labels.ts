import type { ShowcaseKind } from '@switchback/shared';

export const SHOWCASE_KIND_LABELS: Record<ShowcaseKind, string> = {
  UNIT: 'Unit',
  LESSON_STUDY: 'Lesson study',
  EXCHANGE: 'Exchange results',
  REFLECTION: 'Reflection',
  STUDENT_WORK: 'Student work',
};

/** Where an item's link leads, for the kinds that have a page. */
export function targetPath(slug: string, target: { id: string; kind: string }): string | null {
  const base = `/n/${slug}`;
  if (target.kind === 'UNIT') return `${base}/units/${target.id}`;
  if (target.kind === 'LESSON_STUDY') return `${base}/lesson-study-records/${target.id}`;
  if (target.kind === 'EXCHANGE') return `${base}/exchanges/${target.id}`;
  return null;
}

export const TARGET_LINK_LABELS: Record<string, string> = {
  UNIT: 'Open the unit',
  LESSON_STUDY: 'Open the lesson study record',
  EXCHANGE: 'Open the exchange results',
};
