import { diffWordsWithSpace } from 'diff';
import { UNIT_SECTIONS } from '@switchback/shared';
import { docFromState, toPlainText } from '../collaboration/rich-text.js';

export type TextChangeKind = 'SAME' | 'ADDED' | 'REMOVED';

export interface SectionDiff {
  id: string;
  title: string;
  changed: boolean;
  changes: { kind: TextChangeKind; text: string }[];
}

/** A template's sections, in order (a unit's by default; the lesson plan's for lesson studies). */
export type SectionTemplate = readonly { id: string; title: string }[];

/** Every section of the template, in order, as plain text (one line per block). */
export function sectionTexts(state: Uint8Array, sections: SectionTemplate = UNIT_SECTIONS): Map<string, string> {
  const doc = docFromState(state);
  try {
    return new Map(sections.map((s) => [s.id, toPlainText(doc.getXmlFragment(s.id))]));
  } finally {
    doc.destroy();
  }
}

/**
 * What changed from one version's text to another's, section by section, word by word (jsdiff's
 * Myers diff; spaces and line breaks kept, so the text reads as written).
 */
export function diffSections(
  from: Uint8Array,
  to: Uint8Array,
  sections: SectionTemplate = UNIT_SECTIONS,
): SectionDiff[] {
  const before = sectionTexts(from, sections);
  const after = sectionTexts(to, sections);
  return sections.map((s) => {
    const a = before.get(s.id) ?? '';
    const b = after.get(s.id) ?? '';
    if (a === b) return { id: s.id, title: s.title, changed: false, changes: a ? [{ kind: 'SAME', text: a }] : [] };
    const changes = diffWordsWithSpace(a, b).map((c) => ({
      kind: (c.added ? 'ADDED' : c.removed ? 'REMOVED' : 'SAME') as TextChangeKind,
      text: c.value,
    }));
    return { id: s.id, title: s.title, changed: true, changes };
  });
}
