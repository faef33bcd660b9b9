import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { createGroup, createNetwork, createPerson, signIn } from '../support/factories.js';
import { startServer, type TestServer } from '../support/harness.js';
import { writeUnit } from '../support/unit-content.js';
import {
  ADD_COMMENT,
  ARCHIVE,
  COMMENTS,
  FORK,
  LIBRARY,
  RESOLVE_COMMENT,
  RESTORE,
  REVISION,
  REVISIONS,
  SAVE_REVISION,
  UNIT,
  UNITS,
  UPDATE_UNIT,
  createUnit,
  groupWithAuthors,
  ok,
  publish,
  refused,
  teacher,
  type UnitView,
} from '../support/units-api.js';

const SECRET = 'Draft plan nobody else should read';

describe('units access denials', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  /** A group with one author, a unit with text, a saved version and a comment. */
  async function world() {
    const net = await createNetwork(server.db);
    const { group, authors } = await groupWithAuthors(server, net, 1);
    const [author] = authors;
    const unit = await createUnit(server, author.token, { groupId: group.id, title: 'Weather stations' });
    await writeUnit(server.url, author.token, unit.documentId, { goals: [{ p: [SECRET] }] });
    const revision = ok(
      await server.gql<{ saveUnitRevision: { id: string } }>(
        SAVE_REVISION,
        { unitId: unit.id, name: 'v1' },
        { token: author.token },
      ),
    ).saveUnitRevision;
    const comment = ok(
      await server.gql<{ addUnitComment: { id: string } }>(
        ADD_COMMENT,
        { input: { unitId: unit.id, sectionId: 'goals', kind: 'SUGGESTION', body: 'Private note' } },
        { token: author.token },
      ),
    ).addUnitComment;
    return { net, group, author, unit, revision, comment };
  }

  const exportStatus = async (id: string, token: string, format = 'md') =>
    (
      await fetch(`${server.url}/api/units/${id}/export?format=${format}`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).status;

  it('a-non-member-of-the-group-can-neither-read-a-draft-nor-change-it', async () => {
    const { net, group, unit, revision, comment } = await world();
    const outsider = await teacher(server, net);
    const t = { token: outsider.token };
    for (const [query, vars] of [
      [UNIT, { id: unit.id }],
      [UPDATE_UNIT, { input: { unitId: unit.id, title: 'Taken over' } }],
      [SAVE_REVISION, { unitId: unit.id, name: 'mine' }],
      [REVISION, { id: revision.id }],
      [RESTORE, { revisionId: revision.id }],
      [ADD_COMMENT, { input: { unitId: unit.id, sectionId: 'goals', kind: 'WARM', body: 'Hi' } }],
      [RESOLVE_COMMENT, { commentId: comment.id }],
      [FORK, { unitId: unit.id, groupId: group.id }],
    ] as const) {
      const res = await server.gql(query, vars, t);
      refused(res, 'NOT_FOUND');
      expect(JSON.stringify(res)).not.toContain(SECRET);
    }
    // The group's list shows them nothing of the draft; the export is "not found".
    expect(ok(await server.gql<{ units: unknown[] }>(UNITS, { groupId: group.id }, t)).units).toEqual([]);
    expect(await exportStatus(unit.id, outsider.token)).toBe(404);
  });

  it('a-student-never-sees-units', async () => {
    const { net, group, author, unit } = await world();
    await publish(server, author.token, unit.id);
    const student = await createPerson(server.db, net, 'STUDENT');
    const token = await signIn(server, student.login);
    refused(await server.gql(UNIT, { id: unit.id }, { token }), 'NOT_FOUND');
    refused(await server.gql(UNITS, { groupId: group.id }, { token }), 'NOT_FOUND');
    refused(await server.gql(LIBRARY, { networkId: net.network.id }, { token }), 'FORBIDDEN');
    expect(await exportStatus(unit.id, token)).toBe(404);
  });

  it('a-member-of-another-network-cannot-learn-a-unit-exists', async () => {
    const { net, unit, revision, comment, author } = await world();
    await publish(server, author.token, unit.id);
    const elsewhere = await createNetwork(server.db);
    const stranger = await createPerson(server.db, elsewhere, 'COORDINATOR');
    const token = await signIn(server, stranger.login);
    const strangersGroup = await createGroup(server.db, elsewhere);
    const missing = '00000000-0000-4000-8000-000000000000';
    // Exactly the answers a unit that does not exist gets.
    for (const [query, vars, missingVars] of [
      [UNIT, { id: unit.id }, { id: missing }],
      [REVISION, { id: revision.id }, { id: missing }],
      [RESOLVE_COMMENT, { commentId: comment.id }, { commentId: missing }],
      [ADD_COMMENT, { input: { unitId: unit.id, sectionId: 'goals', kind: 'WARM', body: 'x' } }, null],
      [SAVE_REVISION, { unitId: unit.id, name: 'x' }, { unitId: missing, name: 'x' }],
      [FORK, { unitId: unit.id, groupId: strangersGroup.id }, { unitId: missing, groupId: strangersGroup.id }],
    ] as const) {
      const real = refused(await server.gql(query, vars, { token }), 'NOT_FOUND');
      if (missingVars)
        expect(real.message).toBe(refused(await server.gql(query, missingVars, { token }), 'NOT_FOUND').message);
    }
    refused(await server.gql(LIBRARY, { networkId: net.network.id }, { token }), 'NOT_FOUND');
    expect(await exportStatus(unit.id, token)).toBe(404);
    expect(await exportStatus(missing, token)).toBe(404);
  });

  it('a-viewer-of-a-published-unit-cannot-save-restore-or-comment', async () => {
    const { net, unit, revision, comment, author } = await world();
    await publish(server, author.token, unit.id);
    const viewer = await teacher(server, net);
    const t = { token: viewer.token };
    const view = ok(await server.gql<{ unit: UnitView }>(UNIT, { id: unit.id }, t)).unit;
    expect(view).toMatchObject({ viewerAccess: 'VIEW', viewerCanComment: false, status: 'PUBLISHED' });
    for (const [query, vars] of [
      [SAVE_REVISION, { unitId: unit.id, name: 'mine' }],
      [RESTORE, { revisionId: revision.id }],
      [ADD_COMMENT, { input: { unitId: unit.id, sectionId: 'goals', kind: 'SUGGESTION', body: 'Hi' } }],
      [RESOLVE_COMMENT, { commentId: comment.id }],
      [UPDATE_UNIT, { input: { unitId: unit.id, title: 'Mine now' } }],
      [ARCHIVE, { unitId: unit.id }],
      [REVISION, { id: revision.id }],
    ] as const) {
      const res = await server.gql(query, vars, t);
      // Comments and versions are the group's: the viewer cannot even address them.
      refused(res, query === RESOLVE_COMMENT ? 'NOT_FOUND' : 'FORBIDDEN');
    }
    // The group's working conversation and versions stay with the group.
    expect(
      ok(await server.gql<{ unit: { comments: unknown[] } }>(COMMENTS, { id: unit.id, all: true }, t)).unit.comments,
    ).toEqual([]);
    expect(
      ok(await server.gql<{ unit: { revisions: unknown[] } }>(REVISIONS, { id: unit.id }, t)).unit.revisions,
    ).toEqual([]);
    expect(await exportStatus(unit.id, viewer.token)).toBe(200);
    const unchanged = ok(await server.gql<{ unit: UnitView }>(UNIT, { id: unit.id }, { token: author.token })).unit;
    expect(unchanged.title).toBe('Weather stations');
  });

  it('forking-into-a-group-you-are-not-in-is-refused', async () => {
    const { net, author, unit } = await world();
    await publish(server, author.token, unit.id);
    const forker = await teacher(server, net);
    const notMine = await createGroup(server.db, net);
    const archived = await createGroup(server.db, net, { archivedAt: new Date() });
    const res = refused(
      await server.gql(FORK, { unitId: unit.id, groupId: notMine.id }, { token: forker.token }),
      'FORBIDDEN',
    );
    expect(res.message).toMatch(/join the group/i);
    refused(await server.gql(FORK, { unitId: unit.id, groupId: archived.id }, { token: forker.token }), 'FORBIDDEN');
    const count = (await server.db.query(`SELECT count(*)::int AS n FROM unit WHERE forked_from_id = $1`, [
      unit.id,
    ])) as {
      n: number;
    }[];
    expect(count[0].n).toBe(0);
  });

  it('an-archived-unit-is-read-only-for-its-group-and-the-archive-is-audited', async () => {
    const { unit, author, revision } = await world();
    const archived = ok(
      await server.gql<{ archiveUnit: { status: string; viewerAccess: string } }>(
        ARCHIVE,
        { unitId: unit.id },
        { token: author.token },
      ),
    ).archiveUnit;
    expect(archived).toEqual({ id: unit.id, status: 'ARCHIVED', viewerAccess: 'VIEW' });
    for (const [query, vars] of [
      [UPDATE_UNIT, { input: { unitId: unit.id, title: 'Again' } }],
      [SAVE_REVISION, { unitId: unit.id, name: 'late' }],
      [RESTORE, { revisionId: revision.id }],
      [ADD_COMMENT, { input: { unitId: unit.id, sectionId: 'goals', kind: 'SUGGESTION', body: 'Hi' } }],
      [ARCHIVE, { unitId: unit.id }],
    ] as const) {
      const res = refused(await server.gql(query, vars, { token: author.token }), 'FORBIDDEN');
      expect(res.message).toMatch(/archived/);
    }
    const events = await server.db.getRepository(AuditEvent).findBy({ targetId: unit.id });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([['unit.archive', author.person.user.id]]);
  });
});
