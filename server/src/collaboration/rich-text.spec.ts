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
