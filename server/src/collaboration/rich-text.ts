import * as Y from 'yjs';

/**
 * Reading the rich text of a live document's fields. TipTap stores each field as a Y.XmlFragment
 * of ProseMirror nodes (paragraph, heading, bulletList, listItem, table…) whose text is Y.XmlText
 * with marks (bold, italic, link…) as formatting attributes.
 */
type Node = Y.XmlElement | Y.XmlText;

interface Run {
  insert: unknown;
  attributes?: Record<string, unknown>;
}

function runs(text: Y.XmlText): Run[] {
  return (text.toDelta() as Run[]).filter((r) => typeof r.insert === 'string');
}

function childrenOf(node: Y.XmlElement | Y.XmlFragment): Node[] {
  return node.toArray().filter((n): n is Node => n instanceof Y.XmlElement || n instanceof Y.XmlText);
}

const BLOCKS = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'codeBlock',
  'listItem',
  'tableCell',
  'tableHeader',
  'tableRow',
]);

/** Plain text, one line per block. */
export function toPlainText(fragment: Y.XmlFragment | Y.XmlElement): string {
  const lines: string[] = [];
  let line = '';
  const walk = (node: Node) => {
    if (node instanceof Y.XmlText) {
      line += runs(node)
        .map((r) => r.insert as string)
        .join('');
      return;
    }
    if (node.nodeName === 'hardBreak') line += '\n';
    for (const child of childrenOf(node)) walk(child);
    if (BLOCKS.has(node.nodeName) && line) {
      lines.push(line);
      line = '';
    }
  };
  for (const child of childrenOf(fragment)) walk(child);
  if (line) lines.push(line);
  return lines.join('\n');
}

/**
 * A heading's level as a whole number from 1 to 6, whatever the stored attribute holds (the
 * document is written by clients: a level may be missing, out of range or not a number at all).
 */
export function headingLevel(value: unknown): number {
  const n = Math.trunc(Number(value ?? 1));
  return Number.isFinite(n) ? Math.min(6, Math.max(1, n)) : 1;
}

/** A link target that is safe to follow (http, https or mailto), or null: never `javascript:` or `data:`. */
export function safeHref(href: unknown): string | null {
  return typeof href === 'string' && /^(https?:|mailto:)/i.test(href) ? href : null;
}

/**
 * Text made literal in Markdown: every character that could start formatting, a link, an entity or
 * raw HTML (`<`, `&`) is backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]#<>|&])/g, '\\$1');
}

/** A safe link target written so it cannot end the Markdown link early (spaces, parentheses, brackets encoded). */
function markdownHref(href: string): string {
  // eslint-disable-next-line no-control-regex
  return href.replace(/[\s()<>\\\u0000-\u001f\u007f]/g, (c) =>
    [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/** A code fence longer than any run of backticks in the code, so the code cannot close it. */
function fenceFor(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

function inlineMarkdown(node: Y.XmlElement): string {
  let out = '';
  for (const child of childrenOf(node)) {
    if (child instanceof Y.XmlText) {
      for (const r of runs(child)) {
        let s = escapeMarkdown(r.insert as string);
        const a = r.attributes ?? {};
        if (a.code) s = '`' + (r.insert as string).replace(/`/g, '') + '`';
        if (a.bold) s = `**${s}**`;
        if (a.italic) s = `*${s}*`;
        if (a.strike) s = `~~${s}~~`;
        const href = safeHref((a.link as { href?: string } | undefined)?.href);
        if (href) s = `[${s}](${markdownHref(href)})`;
        out += s;
      }
    } else if (child.nodeName === 'hardBreak') out += '  \n';
    else out += inlineMarkdown(child);
  }
  return out;
}

function blockMarkdown(node: Node, indent: string): string[] {
  if (node instanceof Y.XmlText) return [escapeMarkdown(node.toString())];
  const kids = childrenOf(node).filter((c): c is Y.XmlElement => c instanceof Y.XmlElement);
  switch (node.nodeName) {
    case 'heading':
      return [`${indent}${'#'.repeat(headingLevel(node.getAttribute('level')))} ${inlineMarkdown(node)}`, ''];
    case 'bulletList':
    case 'orderedList': {
      const out: string[] = [];
      kids.forEach((item, i) => {
        const marker = node.nodeName === 'orderedList' ? `${i + 1}. ` : '- ';
        const inner = childrenOf(item).flatMap((c) => blockMarkdown(c, indent + '   ').filter((l) => l !== ''));
        const first = (inner[0] ?? '').trimStart();
        out.push(`${indent}${marker}${first}`, ...inner.slice(1));
      });
      out.push('');
      return out;
    }
    case 'blockquote':
      return [...kids.flatMap((k) => blockMarkdown(k, indent)).map((l) => (l ? `${indent}> ${l.trim()}` : l)), ''];
    case 'codeBlock': {
      // Every line indented like the block (or a line would leave the list item it is in).
      const code = toPlainText(node);
      const fence = fenceFor(code);
      return [`${indent}${fence}`, ...code.split('\n').map((l) => `${indent}${l}`), `${indent}${fence}`, ''];
    }
    case 'horizontalRule':
      return [`${indent}---`, ''];
    case 'table': {
      const rows = kids.map((row) =>
        childrenOf(row).map((cell) =>
          cell instanceof Y.XmlElement
            ? childrenOf(cell)
                .map((p) => (p instanceof Y.XmlElement ? inlineMarkdown(p) : ''))
                .join(' ')
            : '',
        ),
      );
      if (!rows.length) return [];
      const width = Math.max(...rows.map((r) => r.length));
      const pad = (r: string[]) => [...r, ...Array(width - r.length).fill('')];
      const line = (r: string[]) => `${indent}| ${pad(r).join(' | ')} |`;
      return [line(rows[0]), `${indent}|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line), ''];
    }
    case 'paragraph':
      return [`${indent}${inlineMarkdown(node)}`, ''];
    default:
      return kids.flatMap((k) => blockMarkdown(k, indent));
  }
}

/** GitHub-flavoured Markdown of a field. */
export function toMarkdown(fragment: Y.XmlFragment): string {
  const lines = childrenOf(fragment).flatMap((n) => blockMarkdown(n, ''));
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const HTML_TAGS: Record<string, string> = {
  paragraph: 'p',
  bulletList: 'ul',
  orderedList: 'ol',
  listItem: 'li',
  blockquote: 'blockquote',
  table: 'table',
  tableRow: 'tr',
  tableCell: 'td',
  tableHeader: 'th',
  horizontalRule: 'hr',
  hardBreak: 'br',
};

/** A whole number attribute from 1 to `max` (list starts, cell spans), or null for anything else. */
function countAttribute(value: unknown, max: number): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : null;
}

/** The only attributes written: numbers checked here (an ordered list's start, a cell's spans), never the stored text. */
function htmlAttributes(node: Y.XmlElement): string {
  if (node.nodeName === 'orderedList') {
    const start = countAttribute(node.getAttribute('start'), 1_000_000);
    return start && start !== 1 ? ` start="${start}"` : '';
  }
  if (node.nodeName === 'tableCell' || node.nodeName === 'tableHeader') {
    const colspan = countAttribute(node.getAttribute('colspan'), 100);
    const rowspan = countAttribute(node.getAttribute('rowspan'), 100);
    return (
      (colspan && colspan > 1 ? ` colspan="${colspan}"` : '') + (rowspan && rowspan > 1 ? ` rowspan="${rowspan}"` : '')
    );
  }
  return '';
}

/**
 * Safe HTML of a field, for print and read views (the unit page shows it until the editor opens).
 * Built, not filtered: every text is escaped, only the tags below are written (a node of any other
 * name gives only its content), the only attributes are checked numbers and http(s)/mailto links.
 */
export function toHtml(fragment: Y.XmlFragment | Y.XmlElement): string {
  return childrenOf(fragment)
    .map((node) => {
      if (node instanceof Y.XmlText) {
        return runs(node)
          .map((r) => {
            let s = escapeHtml(r.insert as string);
            const a = r.attributes ?? {};
            if (a.code) s = `<code>${s}</code>`;
            if (a.bold) s = `<strong>${s}</strong>`;
            if (a.italic) s = `<em>${s}</em>`;
            if (a.strike) s = `<s>${s}</s>`;
            const href = safeHref((a.link as { href?: string } | undefined)?.href);
            if (href) s = `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${s}</a>`;
            return s;
          })
          .join('');
      }
      if (node.nodeName === 'heading') {
        const level = headingLevel(node.getAttribute('level'));
        return `<h${level}>${toHtml(node)}</h${level}>`;
      }
      if (node.nodeName === 'codeBlock') return `<pre><code>${escapeHtml(toPlainText(node))}</code></pre>`;
      const tag = HTML_TAGS[node.nodeName];
      if (tag === 'hr' || tag === 'br') return `<${tag}>`;
      if (tag === 'table') return `<table><tbody>${toHtml(node)}</tbody></table>`;
      return tag ? `<${tag}${htmlAttributes(node)}>${toHtml(node)}</${tag}>` : toHtml(node);
    })
    .join('');
}

/** A Y.Doc holding the given state, for reading its fields. */
export function docFromState(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc({ gc: true });
  Y.applyUpdate(doc, state);
  return doc;
}

/** The names of the document's top-level fields. */
export function fieldNames(doc: Y.Doc): string[] {
  return [...doc.share.keys()];
}

/** Plain text of every field of a document state, for search (fields in the order they were created). */
export function textOfState(state: Uint8Array): string {
  const doc = docFromState(state);
  const text = fieldNames(doc)
    .map((name) => toPlainText(doc.getXmlFragment(name)))
    .filter(Boolean)
    .join('\n\n');
  doc.destroy();
  return text;
}
