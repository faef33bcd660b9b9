import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addToGroup, createGroup, createNetwork, createPerson, signIn } from '../support/factories.js';
import { startServer, type TestServer } from '../support/harness.js';
import { statementsDuring } from '../support/sql-statements.js';
import { FORK, createUnit, groupWithAuthors, ok, publish, teacher } from '../support/units-api.js';

/** What the unit page asks of an adaptation (client/src/features/units/operations.ts, UnitPage). */
const UNIT_PAGE = `query($id: ID!) { unit(id: $id) { id title viewerAccess viewerCanComment
  group { id name archivedAt viewerMember { id status } }
  forkedFrom { id title groupName }
  contributors { edits user { id displayName } school { id name } }
  sections { id html } draftChanged
  latestVersion { id number } forkedFromVersion { id number } upstreamVersions { id number } } }`;

const VIEWER = `query($id: ID!) { unit(id: $id) { id viewerAccess viewerCanComment group { id viewerMember { status } } } }`;

interface UnitPage {
  unit: {
    viewerAccess: string;
    group: { id: string; viewerMember: { status: string } | null };
    forkedFrom: { id: string; groupName: string } | null;
    forkedFromVersion: { number: number } | null;
  };
}

/**
 * The access contexts of one request share the rows they read (`rowsByIds`, `groupPlaces`): a page
 * that reaches a group through its unit, its own field and a fork's original reads it once, and the
 * shared reading still tells a pending place from an active one.
 */
describe('a unit page reads each row once', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('reads-the-unit-its-group-and-the-callers-place-once-each-on-an-adaptations-page', async () => {
    const net = await createNetwork(server.db, 2);
    const { group, authors } = await groupWithAuthors(server, net, 1);
    const adapters = await createGroup(server.db, net, { name: 'Adapters' });
    const adapter = await teacher(server, net, [adapters], net.schools[1]);
    const original = await createUnit(server, authors[0].token, { groupId: group.id, title: 'Ratios' });
    await publish(server, authors[0].token, original.id);
    const fork = ok(
      await server.gql<{ forkUnit: { id: string } }>(
        FORK,
        { unitId: original.id, groupId: adapters.id },
        { token: adapter.token },
      ),
    ).forkUnit;

    const load = () => server.gql<UnitPage>(UNIT_PAGE, { id: fork.id }, { token: adapter.token });
    await load();
    const run = await statementsDuring(load);
    const page = ok(run.result).unit;
    expect(page.viewerAccess).toBe('EDIT');
    expect(page.group).toMatchObject({ id: adapters.id, viewerMember: { status: 'ACTIVE' } });
    expect(page.forkedFrom).toMatchObject({ id: original.id, groupName: group.name });
    expect(page.forkedFromVersion?.number).toBe(1);

    // Each read of a unit, a group or the caller's places, with its parameters: none twice.
    const rowReads = run.reads
      .filter((r) => /FROM "(unit|group|group_member)" "\w+" WHERE \(\("\w+"\."(id|user_id)"/.test(r.sql))
      .map((r) => `${/FROM "(\w+)"/.exec(r.sql)![1]} ${JSON.stringify(r.params)}`);
    expect(rowReads.filter((r) => r.startsWith('group '))).toHaveLength(2); // the adaptation's and the original's
    expect(rowReads.filter((r) => r.startsWith('unit '))).toHaveLength(2);
    expect(rowReads).toEqual([...new Set(rowReads)]);
  });

  it('tells-a-pending-place-from-an-active-one-when-the-unit-and-its-group-are-read-together', async () => {
    const net = await createNetwork(server.db, 2);
    const { group, authors } = await groupWithAuthors(server, net, 1);
    const unit = await createUnit(server, authors[0].token, { groupId: group.id, title: 'Fractions' });
    await publish(server, authors[0].token, unit.id);
    const asking = await createPerson(server.db, net, 'TEACHER', { school: net.schools[1] });
    await addToGroup(server.db, group, asking, { status: 'PENDING' });
    const token = await signIn(server, asking.login);

    const pending = ok(await server.gql<UnitPage>(VIEWER, { id: unit.id }, { token })).unit;
    expect(pending.viewerAccess).toBe('VIEW');
    expect(pending.group.viewerMember?.status).toBe('PENDING');

    const author = ok(await server.gql<UnitPage>(VIEWER, { id: unit.id }, { token: authors[0].token })).unit;
    expect(author.viewerAccess).toBe('EDIT');
    expect(author.group.viewerMember?.status).toBe('ACTIVE');
  });
});
