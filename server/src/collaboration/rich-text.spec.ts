import { describe, expect, it } from '@jest/globals';
import * as Y from 'yjs';
import { headingLevel, toHtml, toMarkdown } from './rich-text.js';

/** A fragment built as TipTap stores it, from (node name, attributes, children | text with marks). */
type Spec = [string, Record<string, unknown>, (Spec | [string, Record<string, unknown>?])[]];

function fragmentOf(...blocks: Spec[]): Y.XmlFragment {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('f');
  const build = (parent: Y.XmlFragment | Y.XmlElement, [name, attrs, children]: Spec) => {
    const el = new Y.XmlElement(name);
    parent.insert(parent.length, [el]);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v as string);
    for (const child of children) {
      if (typeof child[1] === 'object' && Array.isArray((child as Spec)[2])) build(el, child as Spec);
      else {
        const text = new Y.XmlText();
        el.insert(el.length, [text]);
        text.insert(0, child[0], (child[1] as Record<string, unknown> | undefined) ?? {});
      }
    }
  };
  doc.transact(() => blocks.forEach((b) => build(fragment, b)));
  return fragment;
}

describe('headingLevel', () => {
  it('keeps 1 to 6 and clamps or defaults anything else', () => {
    expect([1, 2, 6].map(headingLevel)).toEqual([1, 2, 6]);
    expect(headingLevel('3')).toBe(3);
    expect(headingLevel(0)).toBe(1);
    expect(headingLevel(9)).toBe(6);
    expect(headingLevel('abc')).toBe(1);
    expect(headingLevel(undefined)).toBe(1);
    expect(headingLevel({ evil: true })).toBe(1);
    expect(headingLevel(2.7)).toBe(2);
  });
});

describe('toHtml', () => {
  it('never writes <hNaN> for an unchecked heading level', () => {
    const html = toHtml(fragmentOf(['heading', { level: 'x"><script>' }, [['Title']]]));
    expect(html).toBe('<h1>Title</h1>');
    expect(toHtml(fragmentOf(['heading', { level: 4 }, [['Four']]]))).toBe('<h4>Four</h4>');
  });
});

describe('toHtml of everything the unit editor can write', () => {
  it('writes each block and mark as the read view shows it', () => {
    const html = toHtml(
      fragmentOf(
        ['heading', { level: 4 }, [['Week one']]],
        [
          'paragraph',
          {},
          [
            ['plain, '],
            ['bold', { bold: {} }],
            [', ', {}],
            ['italic', { italic: {} }],
            [', ', {}],
            ['struck', { strike: {} }],
            [', ', {}],
            ['x < y', { code: {} }],
            [' and ', {}],
            ['all', { bold: {}, italic: {}, link: { href: 'https://example.org/?a=1&b="2"' } }],
          ],
        ],
        ['paragraph', {}, [['line one'], ['hardBreak', {}, []], ['line two']]],
        [
          'bulletList',
          {},
          [
            ['listItem', {}, [['paragraph', {}, [['dot']]]]],
            ['listItem', {}, [['orderedList', {}, [['listItem', {}, [['paragraph', {}, [['nested']]]]]]]]],
          ],
        ],
        ['orderedList', { start: 3 }, [['listItem', {}, [['paragraph', {}, [['third']]]]]]],
        ['blockquote', {}, [['paragraph', {}, [['quoted']]]]],
        ['codeBlock', { language: 'js' }, [['if (a < b) {\n  go();\n}']]],
        ['horizontalRule', {}, []],
        [
          'table',
          {},
          [
            ['tableRow', {}, [['tableHeader', { colspan: 2 }, [['paragraph', {}, [['Days']]]]]]],
            [
              'tableRow',
              {},
              [
                ['tableCell', { rowspan: 2, colwidth: [120] }, [['paragraph', {}, [['Mon']]]]],
                ['tableCell', {}, [['paragraph', {}, [['Walk']]]]],
              ],
            ],
          ],
        ],
      ),
    );
    expect(html).toBe(
      [
        '<h4>Week one</h4>',
        '<p>plain, <strong>bold</strong>, <em>italic</em>, <s>struck</s>, <code>x &#60; y</code> and ',
        '<a href="https://example.org/?a=1&#38;b=&#34;2&#34;" rel="noopener noreferrer"><em><strong>all</strong></em></a></p>',
        '<p>line one<br>line two</p>',
        '<ul><li><p>dot</p></li><li><ol><li><p>nested</p></li></ol></li></ul>',
        '<ol start="3"><li><p>third</p></li></ol>',
        '<blockquote><p>quoted</p></blockquote>',
        '<pre><code>if (a &#60; b) {\n  go();\n}</code></pre>',
        '<hr>',
        '<table><tbody><tr><th colspan="2"><p>Days</p></th></tr>',
        '<tr><td rowspan="2"><p>Mon</p></td><td><p>Walk</p></td></tr></tbody></table>',
      ].join(''),
    );
  });

  it('writes no attribute or tag that the document asks for: only checked numbers and safe links', () => {
    const html = toHtml(
      fragmentOf(
        ['paragraph', { onclick: 'alert(1)', style: 'x', class: 'y' }, [['<script>alert(1)</script>']]],
        ['script', {}, [['inside an unknown node']]],
        ['image', { src: 'javascript:alert(1)' }, []],
        ['orderedList', { start: '1" onmouseover="alert(1)' }, [['listItem', {}, [['paragraph', {}, [['a']]]]]]],
        [
          'table',
          { style: 'x' },
          [
            [
              'tableRow',
              {},
              [['tableCell', { colspan: '2 onclick=alert(1)', rowspan: 1e9 }, [['paragraph', {}, [['c']]]]]],
            ],
          ],
        ],
        [
          'paragraph',
          {},
          [
            ['js', { link: { href: 'javascript:alert(1)' } }],
            ['data', { link: { href: 'data:text/html,<b>x</b>' } }],
            ['mail', { link: { href: 'mailto:ada@example.org' } }],
            ['odd', { link: { href: 'https://x.org/"><img src=x onerror=alert(1)>' } }],
            ['weird', { link: 'not an object' }],
          ],
        ],
      ),
    );
    expect(html).toBe(
      [
        '<p>&#60;script&#62;alert(1)&#60;/script&#62;</p>',
        'inside an unknown node',
        '<ol><li><p>a</p></li></ol>',
        '<table><tbody><tr><td><p>c</p></td></tr></tbody></table>',
        '<p>jsdata<a href="mailto:ada@example.org" rel="noopener noreferrer">mail</a>',
        '<a href="https://x.org/&#34;&#62;&#60;img src=x onerror=alert(1)&#62;" rel="noopener noreferrer">odd</a>weird</p>',
      ].join(''),
    );
    // Whatever the document holds, every tag written is one of the read view's own.
    const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]));
    for (const tag of tags) expect(['p', 'ol', 'li', 'table', 'tbody', 'tr', 'td', 'a']).toContain(tag);
  });
});

describe('toMarkdown', () => {
  it('drops links whose protocol is not http, https or mailto, keeping their text', () => {
    const md = toMarkdown(
      fragmentOf(
        [
          'paragraph',
          {},
          [
            ['click', { link: { href: 'javascript:alert(document.cookie)' } }],
            [' and ', {}],
            ['data', { link: { href: 'data:text/html,<script>alert(1)</script>' } }],
            [' and ', {}],
            ['tab', { link: { href: 'java\tscript:alert(1)' } }],
          ],
        ],
        ['paragraph', {}, [['site', { link: { href: 'https://example.org/a b)(c' } }]]],
        ['paragraph', {}, [['mail', { link: { href: 'mailto:ada@example.org' } }]]],
      ),
    );
    expect(md).not.toMatch(/javascript|script:|data:/i);
    expect(md).toContain('click and data and tab');
    expect(md).toContain('[site](https://example.org/a%20b%29%28c)');
    expect(md).toContain('[mail](mailto:ada@example.org)');
  });

  it('escapes raw HTML everywhere, including code blocks that try to close their fence', () => {
    const md = toMarkdown(
      fragmentOf(
        ['paragraph', {}, [['<img src=x onerror=alert(1)> &lt;b&gt;']]],
        ['codeBlock', {}, [['```\n<script>alert(1)</script>\n```']]],
        ['bulletList', {}, [['listItem', {}, [['codeBlock', {}, [['a\n<iframe src=x></iframe>']]]]]]],
      ),
    );
    // Outside code, no character can open a tag or an entity.
    expect(md.split('\n')[0]).toBe('\\<img src=x onerror=alert(1)\\> \\&lt;b\\&gt;');
    // The code block's fence is longer than any run of backticks in it, so it cannot be closed early.
    expect(md).toMatch(/^````\n```\n<script>alert\(1\)<\/script>\n```\n````$/m);
    // A code block in a list item keeps the item's indentation on every line.
    expect(md).toMatch(/^- ```\n {3}a\n {3}<iframe src=x><\/iframe>\n {3}```$/m);
  });

  it('clamps heading levels', () => {
    expect(toMarkdown(fragmentOf(['heading', { level: 'NaN' }, [['Hi']]]))).toBe('# Hi');
    expect(toMarkdown(fragmentOf(['heading', { level: 12 }, [['Deep']]]))).toBe('###### Deep');
  });
});
