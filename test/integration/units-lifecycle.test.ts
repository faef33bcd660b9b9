import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { createGroup, createNetwork } from '../support/factories.js';
import { startServer, type TestServer } from '../support/harness.js';
import { writeUnit } from '../support/unit-content.js';
import {
  ADD_COMMENT,
  ARCHIVE,
  CREATE_UNIT,
  COMMENTS,
  FORK,
  LIBRARY,
  PUBLISH,
  RESOLVE_COMMENT,
  RESTORE,
  REVISION,
  REVISIONS,
  SAVE_REVISION,
  START_REVIEW,
  UNIT,
  UNITS,
  UPDATE_UNIT,
  createUnit,
  groupWithAuthors,
  html,
  ok,
  publish,
  refused,
  sections,
  teacher,
  type Section,
  type UnitView,
} from '../support/units-api.js';

describe('units lifecycle', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  const write = (token: string, documentId: string, text: string, section: 'goals' | 'lessons' = 'goals') =>
    writeUnit(server.url, token, documentId, { [section]: [{ p: [text] }] });

  it('authors-create-update-and-list-units-by-group-and-status', async () => {
    const net = await createNetwork(server.db);
    const { group, authors } = await groupWithAuthors(server, net, 2, 'Mathematics');
    const [ana, ben] = authors;
    const unit = await createUnit(server, ana.token, { groupId: group.id, title: '  Ratios on the ranch ' });
    expect(unit).toMatchObject({
      title: 'Ratios on the ranch',
      status: 'DRAFT',
      subject: 'Mathematics', // the group's subject unless told
      networkId: net.network.id,
      viewerAccess: 'EDIT',
      viewerCanComment: true,
      group: { id: group.id, name: group.name },
      forkedFrom: null,
    });
    // The creator is the first contributor, with their school, before writing a word.
    expect(unit.contributors).toEqual([
      {
        user: { id: ana.person.user.id, displayName: ana.person.user.displayName },
        school: { id: net.schools[0].id, name: net.schools[0].name },
        edits: 0,
        lastEditedAt: null,
      },
    ]);

    // Any member edits the details; bad values are named field by field.
    const updated = ok(
      await server.gql<{ updateUnit: UnitView }>(
        UPDATE_UNIT,
        { input: { unitId: unit.id, title: 'Ratios on the range', gradeBand: '6-8', summary: 'Feed and fences.' } },
        { token: ben.token },
      ),
    ).updateUnit;
    expect(updated).toMatchObject({ title: 'Ratios on the range', gradeBand: '6-8', summary: 'Feed and fences.' });
    const bad = refused(
      await server.gql(
        UPDATE_UNIT,
        { input: { unitId: unit.id, title: '', gradeBand: 'K-12', summary: 'x'.repeat(2001) } },
        { token: ben.token },
      ),
      'BAD_USER_INPUT',
    );
    expect(Object.keys(bad.extensions!.fieldErrors!).sort()).toEqual(['gradeBand', 'summary', 'title']);
    const noTitle = refused(
      await server.gql(CREATE_UNIT, { input: { groupId: group.id, title: ' ' } }, { token: ana.token }),
      'BAD_USER_INPUT',
    );
    expect(noTitle.extensions!.fieldErrors).toEqual({ title: 'Give the unit a title.' });

    // Writing makes ben a contributor.
    await write(ben.token, unit.documentId, 'Students compare feed ratios.');
    const after = ok(await server.gql<{ unit: UnitView }>(UNIT, { id: unit.id }, { token: ana.token })).unit;
    expect(after.contributors.map((c) => [c.user.id, c.edits > 0])).toEqual([
      [ana.person.user.id, false],
      [ben.person.user.id, true],
    ]);

    const second = await createUnit(server, ben.token, { groupId: group.id, title: 'Slopes and ski hills' });
    await publish(server, ana.token, second.id);
    const all = ok(await server.gql<{ units: { id: string }[] }>(UNITS, { groupId: group.id }, { token: ana.token }));
    expect(all.units.map((u) => u.id).sort()).toEqual([unit.id, second.id].sort());
    const drafts = ok(
      await server.gql<{ units: { id: string }[] }>(
        UNITS,
        { groupId: group.id, status: 'DRAFT' },
        { token: ana.token },
      ),
    );
    expect(drafts.units.map((u) => u.id)).toEqual([unit.id]);
    const published = ok(
      await server.gql<{ units: { id: string; status: string }[] }>(
        UNITS,
        { groupId: group.id, status: 'PUBLISHED' },
        { token: ana.token },
      ),
    );
    expect(published.units).toEqual([{ id: second.id, title: 'Slopes and ski hills', status: 'PUBLISHED' }]);
  });

  it('saved-versions-list-and-restore-makes-content-equal-as-a-new-edit', async () => {
    const net = await createNetwork(server.db);
    const { group, authors } = await groupWithAuthors(server, net, 2);
    const [ana, ben] = authors;
    const unit = await createUnit(server, ana.token, { groupId: group.id, title: 'Fractions at the feed store' });
    await write(ana.token, unit.documentId, 'First idea: halves and quarters.');

    refused(await server.gql(SAVE_REVISION, { unitId: unit.id, name: '  ' }, { token: ana.token }), 'BAD_USER_INPUT');
    const v1 = ok(
      await server.gql<{ saveUnitRevision: { id: string; name: string; createdBy: { id: string } } }>(
        SAVE_REVISION,
        { unitId: unit.id, name: 'Before the review' },
        { token: ana.token },
      ),
    ).saveUnitRevision;
    expect(v1).toMatchObject({ name: 'Before the review', createdBy: { id: ana.person.user.id } });
    const v1Sections = ok(
      await server.gql<{ unitRevision: { sections: Section[] } }>(REVISION, { id: v1.id }, { token: ben.token }),
    ).unitRevision.sections;
    expect(html(v1Sections, 'goals')).toBe('<p>First idea: halves and quarters.</p>');

    // Later work by ben, saved too.
    await write(ben.token, unit.documentId, 'Later work: eighths of a bale.', 'lessons');
    const v2 = ok(
      await server.gql<{ saveUnitRevision: { id: string } }>(
        SAVE_REVISION,
        { unitId: unit.id, name: 'With lessons' },
        {
          token: ben.token,
        },
      ),
    ).saveUnitRevision;
    const list = ok(
      await server.gql<{ unit: { revisions: { id: string; name: string }[] } }>(
        REVISIONS,
        { id: unit.id },
        {
          token: ana.token,
        },
      ),
    ).unit.revisions;
    expect(list.map((r) => r.name)).toEqual(['With lessons', 'Before the review']);

    const logBefore = await editsBy(unit.documentId, ben.person.user.id);
    // Ben restores the first version: the content equals it, and that is a new edit of his.
    const restored = ok(
      await server.gql<{ restoreUnitRevision: { sections: Section[] } }>(
        RESTORE,
        { revisionId: v1.id },
        { token: ben.token },
      ),
    ).restoreUnitRevision.sections;
    expect(restored).toEqual(v1Sections);
    expect(html(await sections(server, ana.token, unit.id), 'lessons')).toBe('');
    expect(await editsBy(unit.documentId, ben.person.user.id)).toBe(logBefore + 1);

    // Nothing was destroyed: the later version brings the lessons back.
    const back = ok(
      await server.gql<{ restoreUnitRevision: { sections: Section[] } }>(
        RESTORE,
        { revisionId: v2.id },
        { token: ana.token },
      ),
    ).restoreUnitRevision.sections;
    expect(html(back, 'lessons')).toBe('<p>Later work: eighths of a bale.</p>');
    expect(html(back, 'goals')).toBe('<p>First idea: halves and quarters.</p>');
  });

  async function editsBy(documentId: string, userId: string): Promise<number> {
    // Edits still in the log plus those already compacted into the tally.
    const [row] = (await server.db.query(
      `SELECT (SELECT count(*) FROM document_update WHERE document_id = $1 AND author_id = $2)::int
            + COALESCE((SELECT edits FROM document_contributor WHERE document_id = $1 AND user_id = $2), 0) AS edits`,
      [documentId, userId],
    )) as { edits: number }[];
    return row.edits;
  }

  it('comments-anchor-to-sections-and-resolve', async () => {
    const net = await createNetwork(server.db);
    const { group, authors } = await groupWithAuthors(server, net, 2);
    const [ana, ben] = authors;
    const unit = await createUnit(server, ana.token, { groupId: group.id, title: 'Area of a hay field' });
    const input = { unitId: unit.id, sectionId: 'performance-task', kind: 'SUGGESTION', body: '  Add a map task. ' };
    const comment = ok(
      await server.gql<{ addUnitComment: { id: string; body: string } }>(ADD_COMMENT, { input }, { token: ben.token }),
    ).addUnitComment;
    expect(comment).toMatchObject({
      sectionId: 'performance-task',
      kind: 'SUGGESTION',
      body: 'Add a map task.',
      reviewId: null,
      resolvedAt: null,
      author: { id: ben.person.user.id },
    });
    const badSection = refused(
      await server.gql(ADD_COMMENT, { input: { ...input, sectionId: 'appendix' } }, { token: ben.token }),
      'BAD_USER_INPUT',
    );
    expect(badSection.extensions!.fieldErrors).toEqual({ sectionId: 'Choose a section of the unit.' });
    const empty = refused(
      await server.gql(ADD_COMMENT, { input: { ...input, body: ' ' } }, { token: ben.token }),
      'BAD_USER_INPUT',
    );
    expect(empty.extensions!.fieldErrors).toEqual({ body: 'Write your comment.' });

    const resolved = ok(
      await server.gql<{ resolveUnitComment: { resolvedAt: string | null } }>(
        RESOLVE_COMMENT,
        { commentId: comment.id },
        {
          token: ana.token,
        },
      ),
    ).resolveUnitComment;
    expect(resolved.resolvedAt).not.toBeNull();
    const open = ok(
      await server.gql<{ unit: { comments: unknown[] } }>(COMMENTS, { id: unit.id }, { token: ana.token }),
    );
    expect(open.unit.comments).toEqual([]);
    const all = ok(
      await server.gql<{ unit: { comments: { id: string }[] } }>(
        COMMENTS,
        { id: unit.id, all: true },
        { token: ana.token },
      ),
    );
    expect(all.unit.comments.map((c) => c.id)).toEqual([comment.id]);
  });

  it('publish-then-library-search-by-text-subject-and-grade-band-a-page-at-a-time', async () => {
    const net = await createNetwork(server.db);
    const { group, authors } = await groupWithAuthors(server, net, 1);
    const [ana] = authors;
    const reader = await teacher(server, net);
    const made: Record<string, UnitView> = {};
    for (const [key, title, subject, gradeBand] of [
      ['a', 'Mapping the tundra', 'Mathematics', '6-8'],
      ['b', 'Salmon life cycles', 'Science', '6-8'],
      ['c', 'Statistics of the harvest', 'Mathematics', '9-12'],
      ['d', 'Salmon ratios', 'Mathematics', '6-8'],
    ] as const) {
      made[key] = await createUnit(server, ana.token, { groupId: group.id, title, subject, gradeBand });
    }
    // The word is only in a's text, written live just before publishing.
    await write(ana.token, made.a.documentId, 'Students survey caribou migration routes.');
    for (const key of ['a', 'b', 'c']) await publish(server, ana.token, made[key].id);
    refused(await server.gql(PUBLISH, { unitId: made.a.id }, { token: ana.token }), 'FORBIDDEN');
    refused(
      await server.gql(
        START_REVIEW,
        { input: { unitId: made.a.id, friendIds: [reader.person.user.id] } },
        { token: ana.token },
      ),
      'FORBIDDEN',
    );
    const audit = await server.db.getRepository(AuditEvent).findBy({ targetId: made.a.id, action: 'unit.publish' });
    expect(audit).toHaveLength(1);

    type Page = {
      library: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: { id: string }[];
      };
    };
    const library = async (args: Record<string, unknown>) =>
      ok(await server.gql<Page>(LIBRARY, { networkId: net.network.id, ...args }, { token: reader.token })).library;
    const ids = (p: Page['library']) => p.nodes.map((n) => n.id).sort();

    expect(ids(await library({}))).toEqual([made.a.id, made.b.id, made.c.id].sort()); // never the draft d
    expect(ids(await library({ search: 'CARIBOU migration' }))).toEqual([made.a.id]);
    expect(ids(await library({ search: 'salmon' }))).toEqual([made.b.id]); // d is a draft
    expect(ids(await library({ subject: 'mathematics' }))).toEqual([made.a.id, made.c.id].sort());
    expect(ids(await library({ subject: 'mathematics', gradeBand: '6-8' }))).toEqual([made.a.id]);
    expect((await library({ search: 'nowhere-to-be-found' })).totalCount).toBe(0);
    refused(
      await server.gql(LIBRARY, { networkId: net.network.id, gradeBand: '13-14' }, { token: reader.token }),
      'BAD_USER_INPUT',
    );

    const first = await library({ first: 2 });
    expect(first.totalCount).toBe(3);
    expect(first.nodes).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await library({ first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes).toHaveLength(1);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...ids(first), ...ids(second)].sort()).toEqual([made.a.id, made.b.id, made.c.id].sort());
    refused(
      await server.gql(LIBRARY, { networkId: net.network.id, after: 'garbage' }, { token: reader.token }),
      'BAD_USER_INPUT',
    );

    // Archiving takes a unit out of the library.
    ok(await server.gql(ARCHIVE, { unitId: made.c.id }, { token: ana.token }));
    expect(ids(await library({}))).toEqual([made.a.id, made.b.id].sort());
  });

  it('fork-copies-a-published-units-content-into-your-group-with-its-lineage', async () => {
    const net = await createNetwork(server.db);
    const { group, authors } = await groupWithAuthors(server, net, 1);
    const [ana] = authors;
    const otherGroup = await createGroup(server.db, net, {
      subject: 'Mathematics',
      name: `Adapters ${net.network.id.slice(0, 6)}`,
    });
    const cara = await teacher(server, net, [otherGroup], net.schools[1]);
    const unit = await createUnit(server, ana.token, {
      groupId: group.id,
      title: 'Probability with dice',
      gradeBand: '6-8',
    });
    await writeUnit(server.url, ana.token, unit.documentId, {
      goals: [{ p: ['Know ', { text: 'sample spaces', bold: true }] }],
      lessons: [{ ol: [['Roll'], ['Record']] }],
    });

    // Drafts cannot be adapted.
    refused(await server.gql(FORK, { unitId: unit.id, groupId: otherGroup.id }, { token: cara.token }), 'NOT_FOUND');
    refused(await server.gql(FORK, { unitId: unit.id, groupId: group.id }, { token: ana.token }), 'FORBIDDEN');
    await publish(server, ana.token, unit.id);
    const source = await sections(server, ana.token, unit.id);

    const fork = ok(
      await server.gql<{ forkUnit: UnitView & { sections: Section[] } }>(
        FORK,
        { unitId: unit.id, groupId: otherGroup.id },
        { token: cara.token },
      ),
    ).forkUnit;
    expect(fork).toMatchObject({
      status: 'DRAFT',
      groupId: otherGroup.id,
      title: 'Probability with dice',
      gradeBand: '6-8',
      forkedFromId: unit.id,
      forkedFrom: { id: unit.id, title: 'Probability with dice', groupName: group.name },
      viewerAccess: 'EDIT',
    });
    expect(fork.documentId).not.toBe(unit.documentId);
    expect(fork.sections).toEqual(source.map(({ id, html }) => ({ id, html })));
    expect(html(fork.sections, 'goals')).toBe('<p>Know <strong>sample spaces</strong></p>');
    expect(fork.contributors.map((c) => c.user.id)).toEqual([cara.person.user.id]);

    // The copy is independent: writing in it leaves the original alone.
    await write(cara.token, fork.documentId, 'Adapted for our school.', 'lessons');
    expect(html(await sections(server, ana.token, unit.id), 'lessons')).toBe(html(source, 'lessons'));
    expect(html(await sections(server, cara.token, fork.id), 'lessons')).toContain('Adapted for our school.');
  });
});
