import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import * as Y from 'yjs';
import { UNIT_SECTIONS, UNIT_STAGES } from '@switchback/shared';
import { headingLevel, safeHref } from '../collaboration/rich-text.js';

/**
 * A unit as a Word document: its title and details, then every stage and section of the template
 * with the rich text of the section (headings, paragraphs, bold/italic, lists, tables, links).
 */
type Block = Paragraph | Table;
type Node = Y.XmlElement | Y.XmlText;

export interface DocxHeader {
  title: string;
  /** Label and value pairs shown under the title. */
  details: [string, string][];
  summary: string;
}

const ORDERED = 'unit-ordered-list';
const CONTENT_HEADINGS = [
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

function childrenOf(node: Y.XmlElement | Y.XmlFragment): Node[] {
  return node.toArray().filter((n): n is Node => n instanceof Y.XmlElement || n instanceof Y.XmlText);
}

interface Run {
  insert: unknown;
  attributes?: Record<string, unknown>;
}

/** The inline content of a block: text runs with their marks, links and line breaks (all bold in a header cell). */
function inline(node: Y.XmlElement, strong = false): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const child of childrenOf(node)) {
    if (child instanceof Y.XmlText) {
      for (const r of child.toDelta() as Run[]) {
        if (typeof r.insert !== 'string') continue;
        const a = r.attributes ?? {};
        const href = safeHref((a.link as { href?: string } | undefined)?.href);
        const run = new TextRun({
          text: r.insert,
          bold: strong || a.bold ? true : undefined,
          italics: a.italic ? true : undefined,
          strike: a.strike ? true : undefined,
          font: a.code ? 'Courier New' : undefined,
          style: href ? 'Hyperlink' : undefined,
        });
        out.push(href ? new ExternalHyperlink({ link: href, children: [run] }) : run);
      }
    } else if (child.nodeName === 'hardBreak') out.push(new TextRun({ break: 1 }));
    else out.push(...inline(child, strong));
  }
  return out;
}

class Writer {
  private lists = 0;
  /** Set while writing a table's header cell. */
  private strong = false;

  blocks(parent: Y.XmlElement | Y.XmlFragment, list?: { ordered: boolean; level: number; instance: number }): Block[] {
    return childrenOf(parent).flatMap((n) => this.block(n, list));
  }

  private block(node: Node, list?: { ordered: boolean; level: number; instance: number }): Block[] {
    if (node instanceof Y.XmlText) return [new Paragraph({ children: [new TextRun(node.toString())] })];
    switch (node.nodeName) {
      case 'heading': {
        const level = Math.min(4, headingLevel(node.getAttribute('level')));
        return [new Paragraph({ heading: CONTENT_HEADINGS[level - 1], children: inline(node) })];
      }
      case 'paragraph':
        return [this.paragraph(inline(node, this.strong), list)];
      case 'bulletList':
      case 'orderedList': {
        const ordered = node.nodeName === 'orderedList';
        const level = list ? Math.min(8, list.level + 1) : 0;
        const instance = ordered ? ++this.lists : 0;
        return childrenOf(node).flatMap((item) =>
          item instanceof Y.XmlElement ? this.listItem(item, { ordered, level, instance }) : [],
        );
      }
      case 'blockquote':
        return childrenOf(node).map(
          (c) =>
            new Paragraph({
              indent: { left: 720 },
              children: c instanceof Y.XmlElement ? inline(c) : [new TextRun(c.toString())],
            }),
        );
      case 'codeBlock': {
        const lines = childrenOf(node)
          .map((c) => (c instanceof Y.XmlText ? c.toString() : ''))
          .join('')
          .split('\n');
        return [
          new Paragraph({
            children: lines.map((text, i) => new TextRun({ text, font: 'Courier New', break: i ? 1 : 0 })),
          }),
        ];
      }
      case 'horizontalRule':
        return [new Paragraph({ thematicBreak: true, children: [] })];
      case 'table':
        return [this.table(node)];
      default:
        return this.blocks(node, list);
    }
  }

  private paragraph(children: ParagraphChild[], list?: { ordered: boolean; level: number; instance: number }) {
    if (!list) return new Paragraph({ children });
    return list.ordered
      ? new Paragraph({ children, numbering: { reference: ORDERED, level: list.level, instance: list.instance } })
      : new Paragraph({ children, bullet: { level: list.level } });
  }

  /** The item's first paragraph carries the bullet or number; what follows is indented under it. */
  private listItem(item: Y.XmlElement, list: { ordered: boolean; level: number; instance: number }): Block[] {
    const out: Block[] = [];
    childrenOf(item).forEach((child, i) => {
      if (i === 0 && child instanceof Y.XmlElement && child.nodeName === 'paragraph') {
        out.push(this.paragraph(inline(child), list));
      } else if (child instanceof Y.XmlElement && /List$/.test(child.nodeName)) {
        out.push(...this.block(child, list));
      } else if (child instanceof Y.XmlElement && child.nodeName === 'paragraph') {
        out.push(new Paragraph({ indent: { left: 720 * (list.level + 1) }, children: inline(child) }));
      } else {
        out.push(...this.block(child));
      }
    });
    return out;
  }

  private table(node: Y.XmlElement): Table {
    const rows = childrenOf(node).filter((r): r is Y.XmlElement => r instanceof Y.XmlElement);
    const width = Math.max(1, ...rows.map((r) => childrenOf(r).length));
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: rows.map(
        (row) =>
          new TableRow({
            children: childrenOf(row).map((cell) => {
              const header = cell instanceof Y.XmlElement && cell.nodeName === 'tableHeader';
              this.strong = header;
              const content = cell instanceof Y.XmlElement ? this.blocks(cell) : [];
              this.strong = false;
              const paragraphs = content.length ? content : [new Paragraph({ children: [] })];
              return new TableCell({
                width: { size: Math.floor(100 / width), type: WidthType.PERCENTAGE },
                shading: header ? { fill: 'EEEEEE' } : undefined,
                children: paragraphs,
              });
            }),
          }),
      ),
    });
  }
}

/** The .docx bytes of a unit from its document's state. */
export async function unitToDocx(header: DocxHeader, doc: Y.Doc): Promise<Buffer> {
  const writer = new Writer();
  const children: Block[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(header.title)] })];
  for (const [label, value] of header.details) {
    children.push(new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }));
  }
  if (header.summary)
    children.push(new Paragraph({ children: [new TextRun({ text: header.summary, italics: true })] }));
  for (const stage of UNIT_STAGES) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(stage.title)] }));
    for (const section of UNIT_SECTIONS.filter((s) => s.stage === stage.id)) {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(section.title)] }));
      const content = writer.blocks(doc.getXmlFragment(section.id));
      children.push(
        ...(content.length
          ? content
          : [
              new Paragraph({
                children: [new TextRun({ text: 'Nothing written yet.', italics: true, color: '666666' })],
              }),
            ]),
      );
    }
  }
  const file = new Document({
    title: header.title,
    creator: 'Switchback',
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(file);
}
