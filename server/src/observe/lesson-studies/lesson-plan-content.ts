import { LESSON_PLAN_SECTIONS } from '@switchback/shared';
import { docFromState, toHtml } from '../../collaboration/rich-text.js';
import { diffSections, sectionTexts, type SectionDiff } from '../../units/unit-diff.js';

export interface PlanSection {
  id: string;
  title: string;
  html: string;
  text: string;
}

/** The plan's sections, in the template's order, as safe HTML and plain text. */
export function planSections(state: Uint8Array): PlanSection[] {
  const texts = sectionTexts(state, LESSON_PLAN_SECTIONS);
  const doc = docFromState(state);
  try {
    return LESSON_PLAN_SECTIONS.map((s) => ({
      id: s.id,
      title: s.title,
      html: toHtml(doc.getXmlFragment(s.id)),
      text: texts.get(s.id) ?? '',
    }));
  } finally {
    doc.destroy();
  }
}

/** What changed between two plan states, section by section, word by word (units' comparison). */
export function diffPlans(from: Uint8Array, to: Uint8Array): SectionDiff[] {
  return diffSections(from, to, LESSON_PLAN_SECTIONS);
}
