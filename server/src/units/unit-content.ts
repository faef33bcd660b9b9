import * as Y from 'yjs';
import { UNIT_SECTIONS, type UnitSectionId } from '@switchback/shared';
import { docFromState, fieldNames, toHtml, toPlainText } from '../collaboration/rich-text.js';
import type { UnitSectionContent } from './dto/unit.types.js';

/** Every section of the template, in order, with its content from a document state as safe HTML. */
export function sectionsOf(state: Uint8Array): UnitSectionContent[] {
  const doc = docFromState(state);
  try {
    return UNIT_SECTIONS.map((s) => ({
      id: s.id,
      title: s.title,
      stage: s.stage,
      html: toHtml(doc.getXmlFragment(s.id)),
    }));
  } finally {
    doc.destroy();
  }
}

/** A piece of text with TipTap's marks, as the editor stores them. */
export type Inline = string | { text: string; bold?: boolean; italic?: boolean; link?: string };

/** A block of rich text: a paragraph, a heading, a list of one-paragraph items or a table (first row headers). */
export type Block =
  { p: Inline[] } | { h: 1 | 2 | 3; text: string } | { ul: Inline[][] } | { ol: Inline[][] } | { table: string[][] };

function appendText(parent: Y.XmlElement, runs: Inline[]): void {
  const text = new Y.XmlText();
  parent.insert(parent.length, [text]);
  for (const run of runs) {
    // Marks are always given (even none): Yjs would otherwise carry on the marks of the text before.
    const marks: Record<string, unknown> = {};
    if (typeof run !== 'string') {
      if (run.bold) marks.bold = {};
      if (run.italic) marks.italic = {};
      if (run.link) marks.link = { href: run.link };
    }
    text.insert(text.length, typeof run === 'string' ? run : run.text, marks);
  }
}

function appendElement(parent: Y.XmlFragment | Y.XmlElement, name: string): Y.XmlElement {
  const el = new Y.XmlElement(name);
  parent.insert(parent.length, [el]);
  return el;
}

function appendBlock(parent: Y.XmlFragment, block: Block): void {
  if ('p' in block) appendText(appendElement(parent, 'paragraph'), block.p);
  else if ('h' in block) {
    const heading = appendElement(parent, 'heading');
    heading.setAttribute('level', block.h as unknown as string);
    appendText(heading, [block.text]);
  } else if ('ul' in block || 'ol' in block) {
    const list = appendElement(parent, 'ul' in block ? 'bulletList' : 'orderedList');
    for (const item of 'ul' in block ? block.ul : block.ol) {
      appendText(appendElement(appendElement(list, 'listItem'), 'paragraph'), item);
    }
  } else {
    const table = appendElement(parent, 'table');
    block.table.forEach((cells, i) => {
      const row = appendElement(table, 'tableRow');
      for (const cell of cells)
        appendText(appendElement(appendElement(row, i ? 'tableCell' : 'tableHeader'), 'paragraph'), [cell]);
    });
  }
}

/** Writes sections' rich text into a document (appended to what they hold). */
export function writeSections(doc: Y.Doc, sections: Partial<Record<UnitSectionId, Block[]>>): void {
  doc.transact(() => {
    for (const [id, blocks] of Object.entries(sections)) {
      const fragment = doc.getXmlFragment(id);
      for (const block of blocks ?? []) appendBlock(fragment, block);
    }
  });
}

/** A whole unit document holding these sections, as one Yjs update. */
export function unitState(sections: Partial<Record<UnitSectionId, Block[]>>): Uint8Array {
  const doc = new Y.Doc();
  writeSections(doc, sections);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/** The plain-text projection of a state, as compaction writes it (for search). */
export function plainTextOf(state: Uint8Array): string {
  const doc = docFromState(state);
  try {
    return fieldNames(doc)
      .map((name) => toPlainText(doc.getXmlFragment(name)))
      .filter(Boolean)
      .join('\n\n');
  } finally {
    doc.destroy();
  }
}
