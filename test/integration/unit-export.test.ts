import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UNIT_SECTIONS, UNIT_STAGES } from '@switchback/shared';
import { createNetwork, createPerson, signIn } from '../support/factories.js';
import { startServer, type TestServer } from '../support/harness.js';
import { writeUnit, type Block } from '../support/unit-content.js';
import { unzip } from '../support/unzip.js';
import { createUnit, groupWithAuthors, publish } from '../support/units-api.js';

const CONTENT: Record<string, Block[]> = {
  goals: [
    { p: ['Students argue ', { text: 'with evidence', bold: true }, ' and ', { text: 'fairly', italic: true }, '.'] },
    { ul: [['Claim'], ['Counter-claim']] },
  ],
  lessons: [{ h: 2, text: 'Week one' }, { ol: [['Hook debate'], ['Mini-lesson']] }],
  resources: [{ p: ['See the ', { text: 'rubric', link: 'https://example.org/rubric' }, '.'] }],
  'success-criteria': [
    {
      table: [
        ['Criterion', 'Meets'],
        ['Counter-claim', 'Answered with evidence'],
      ],
    },
  ],
};

describe('unit export', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  async function world() {
    const net = await createNetwork(server.db);
    const { group, authors } = await groupWithAuthors(server, net, 1, 'English Language Arts');
    const [author] = authors;
    const unit = await createUnit(server, author.token, {
      groupId: group.id,
      title: 'Arguing "fairly": counter-claims / rebuttals',
      gradeBand: '9-12',
      summary: 'Three weeks of argument writing.',
    });
    await writeUnit(server.url, author.token, unit.documentId, CONTENT);
    return { net, group, author, unit };
  }

  const get = (id: string, format: string, headers: Record<string, string>) =>
    fetch(`${server.url}/api/units/${id}/export?format=${format}`, { headers });

  it('markdown-has-the-title-details-section-headings-and-formatted-text', async () => {
    const { group, author, unit } = await world();
    const res = await get(unit.id, 'md', { authorization: `Bearer ${author.token}` });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="Arguing-fairly-counter-claims-rebuttals.md"',
    );
    const md = await res.text();
    expect(md.startsWith('# Arguing "fairly": counter-claims / rebuttals\n')).toBe(true);
    expect(md).toContain(`- **Group:** ${group.name}`);
    expect(md).toContain('- **Grade band:** 9-12');
    expect(md).toContain('- **Status:** Draft');
    expect(md).toContain('Three weeks of argument writing.');
    for (const stage of UNIT_STAGES) expect(md).toContain(`\n## ${stage.title}\n`);
    for (const section of UNIT_SECTIONS) expect(md).toContain(`\n### ${section.title}\n`);
    expect(md).toContain('Students argue **with evidence** and *fairly*.');
    expect(md).toContain('- Claim\n- Counter-claim');
    expect(md).toContain('##### Week one'); // a heading inside a section sits below the section's
    expect(md).toContain('1. Hook debate\n2. Mini-lesson');
    expect(md).toContain('See the [rubric](https://example.org/rubric).');
    expect(md).toContain('| Criterion | Meets |\n| --- | --- |\n| Counter-claim | Answered with evidence |');
    // Sections follow the template's order, and an empty one says so.
    expect(md.indexOf('### Established goals')).toBeLessThan(md.indexOf('### Lessons and activities'));
    expect(md).toMatch(/### Understandings\n\n_Nothing written yet\._/);
  });

  it('docx-is-a-word-document-holding-the-text-and-the-session-cookie-works-too', async () => {
    const { author, unit } = await world();
    await publish(server, author.token, unit.id);
    const res = await get(unit.id, 'docx', { cookie: `sb_session=${encodeURIComponent(author.token)}` });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="Arguing-fairly[\w-]*\.docx"$/);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
    const files = unzip(body);
    expect(files.has('[Content_Types].xml')).toBe(true);
    const xml = files.get('word/document.xml')!.toString('utf8');
    for (const text of [
      'counter-claims / rebuttals',
      'Desired results',
      'Established goals and standards',
      'with evidence',
      'Hook debate',
      'Answered with evidence',
      'rubric',
    ]) {
      expect(xml).toContain(text);
    }
    // Bold and italic survive, on exactly their words.
    expect(xml).toContain('<w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">with evidence</w:t>');
    expect(xml).toContain('<w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">fairly</w:t>');
    expect(xml).toContain('<w:t xml:space="preserve"> and </w:t>');
    expect(xml).toContain('<w:tbl>'); // the table is a table
    expect(xml).toContain('w:numPr'); // lists are lists
    const rels = files.get('word/_rels/document.xml.rels')!.toString('utf8');
    expect(rels).toContain('https://example.org/rubric'); // the link is a hyperlink
  });

  it('markdown-and-docx-keep-only-http-https-and-mailto-links-and-escape-raw-html', async () => {
    const net = await createNetwork(server.db);
    const { group, authors } = await groupWithAuthors(server, net, 1, 'Science');
    const [author] = authors;
    const unit = await createUnit(server, author.token, {
      groupId: group.id,
      title: 'Cells <img src=x onerror=alert(1)>',
      summary: '<script>alert(1)</script> &amp; more',
    });
    await writeUnit(server.url, author.token, unit.documentId, {
      goals: [
        {
          p: [
            { text: 'evil', link: 'javascript:alert(document.cookie)' },
            ' ',
            { text: 'data', link: 'data:text/html,<b>x</b>' },
            ' ',
            { text: 'fine', link: 'https://example.org/ok' },
            ' <iframe src="https://evil.example"></iframe>',
          ],
        },
        // A level no editor writes (stored by a modified client): it must not become "<hNaN>".
        { h: 'NaN' as unknown as 1, text: 'Odd heading' },
      ],
    });
    const auth = { authorization: `Bearer ${author.token}` };
    const md = await (await get(unit.id, 'md', auth)).text();
    expect(md).not.toMatch(/javascript:|data:/i);
    expect(md).toContain('# Cells \\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> \\&amp; more');
    expect(md).toContain('evil data [fine](https://example.org/ok) \\<iframe src="https://evil.example"\\>');
    expect(md).toContain('\n#### Odd heading\n'); // level 1, under the section's own heading
    expect(md).not.toMatch(/(^|[^\\])<[a-z/]/im); // no raw tag anywhere

    const files = unzip(Buffer.from(await (await get(unit.id, 'docx', auth)).arrayBuffer()));
    const rels = files.get('word/_rels/document.xml.rels')!.toString('utf8');
    expect(rels).toContain('https://example.org/ok');
    expect(rels).not.toMatch(/javascript:|data:/i);
    expect(files.get('word/document.xml')!.toString('utf8')).toContain('Odd heading');
  });

  it('bad-format-is-400-and-no-session-is-401', async () => {
    const { author, unit } = await world();
    const auth = { authorization: `Bearer ${author.token}` };
    for (const format of ['pdf', '', 'MD']) {
      const res = await get(unit.id, format, auth);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('BAD_USER_INPUT');
    }
    expect((await fetch(`${server.url}/api/units/${unit.id}/export`, { headers: auth })).status).toBe(400);
    expect((await get(unit.id, 'md', {})).status).toBe(401);
    // Odd query strings get an answer too (never a hung request).
    for (const query of ['format=md%00', 'format=md&format=docx', 'format[x]=md']) {
      const res = await fetch(`${server.url}/api/units/${unit.id}/export?${query}`, { headers: auth });
      expect(res.status).toBe(400);
    }
    expect((await fetch(`${server.url}/api/units/%00/export?format=md`, { headers: auth })).status).toBe(404);
  });

  it('another-network-or-an-unknown-unit-is-404', async () => {
    const { author, unit } = await world();
    await publish(server, author.token, unit.id);
    const stranger = await createPerson(server.db, await createNetwork(server.db), 'TEACHER');
    const token = await signIn(server, stranger.login);
    for (const id of [unit.id, '00000000-0000-4000-8000-000000000000', 'not-a-unit']) {
      const res = await get(id, 'docx', { authorization: `Bearer ${token}` });
      expect(res.status).toBe(404);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error).toEqual({ code: 'NOT_FOUND', message: 'That unit was not found.' });
    }
  });
});
