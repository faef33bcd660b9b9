import * as Y from 'yjs';

const BLOCKS = new Set(['paragraph', 'heading']);

function textOf(node: Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as { insert: unknown }[])
      .map((d) => (typeof d.insert === 'string' ? d.insert : ''))
      .join('');
  }
  return node
    .toArray()
    .map((child) => textOf(child as Y.XmlElement | Y.XmlText))
    .join('');
}

/** The non-empty lines (paragraphs and headings, also inside lists) of a rich-text field. */
export function fragmentLines(fragment: Y.XmlFragment): string[] {
  const out: string[] = [];
  const walk = (nodes: unknown[]) => {
    for (const node of nodes) {
      if (node instanceof Y.XmlText) {
        const t = textOf(node).trim();
        if (t) out.push(t);
      } else if (node instanceof Y.XmlElement) {
        if (BLOCKS.has(node.nodeName)) {
          const t = textOf(node).trim();
          if (t) out.push(t);
        } else walk(node.toArray());
      }
    }
  };
  walk(fragment.toArray());
  return out;
}
