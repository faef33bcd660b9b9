import * as Y from 'yjs';
import { docFromState } from '../../collaboration/rich-text.js';

export interface SectionEdit {
  sectionId: string;
  text: string;
  replacesSection: boolean;
}

/**
 * The Yjs update that applies revisions to a plan document's state: each one's text becomes
 * paragraphs (one per line) at the end of its section, or the section's whole content. Built on top
 * of `current`, so nothing written since is lost (it stays in the history).
 */
export function revisionUpdate(current: Uint8Array, edits: readonly SectionEdit[]): Uint8Array {
  const doc = docFromState(current);
  const before = Y.encodeStateVector(doc);
  doc.transact(() => {
    for (const edit of edits) {
      const fragment = doc.getXmlFragment(edit.sectionId);
      if (edit.replacesSection && fragment.length) fragment.delete(0, fragment.length);
      for (const line of edit.text.split(/\r?\n/).map((l) => l.trim())) {
        if (!line) continue;
        const paragraph = new Y.XmlElement('paragraph');
        fragment.insert(fragment.length, [paragraph]);
        const text = new Y.XmlText();
        paragraph.insert(0, [text]);
        text.insert(0, line, {});
      }
    }
  });
  const update = Y.encodeStateAsUpdate(doc, before);
  doc.destroy();
  return update;
}
