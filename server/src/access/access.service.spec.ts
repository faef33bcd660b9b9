import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addToGroup, createGroup, createNetwork, createPerson, joinNetwork } from '../../../test/support/factories.js';
import { startServer, type TestServer } from '../../../test/support/harness.js';
import { statementsDuring } from '../../../test/support/sql-statements.js';
import { GroupAccessService } from '../groups/group-access.service.js';
import type { Membership } from '../networks/membership.entity.js';
import { AccessService } from './access.service.js';
import { requestScope } from './request-scope.js';

/** The kernel against the real test database, without HTTP: memberships, tenancy, the group table. */
describe('AccessService and the group facts', () => {
  let server: TestServer;
  let access: AccessService;
  let groups: GroupAccessService;
  beforeAll(async () => {
    server = await startServer();
    access = server.app.get(AccessService);
    groups = server.app.get(GroupAccessService);
  });
  afterAll(() => server.close());

  it('loads the caller’s memberships once per request, whatever the number of checks', async () => {
    const a = await createNetwork(server.db);
    const b = await createNetwork(server.db);
    const person = await createPerson(server.db, a, 'TEACHER');
    await joinNetwork(server.db, b, person, 'COORDINATOR');
    const { sql, result } = await statementsDuring(() =>
      requestScope.run({ userId: person.user.id }, async () => [
        await access.require(person.user.id, a.network.id, 'read'),
        await access.require(person.user.id, b.network.id, 'manageMembers'),
        await access.activeMembership(person.user.id, a.network.id),
      ]),
    );
    expect(result.map((m) => m?.role)).toEqual(['TEACHER', 'COORDINATOR', 'TEACHER']);
    expect(sql.filter((q) => q.includes('"membership"'))).toHaveLength(1);
  });

  it('uses the memberships read with the session only in a query; otherwise it reads them at first use', async () => {
    const a = await createNetwork(server.db);
    const person = await createPerson(server.db, a, 'TEACHER');
    // Rows that differ from the database's, to see which were used.
    const prefetched = [
      { networkId: a.network.id, userId: person.user.id, role: 'COORDINATOR', status: 'ACTIVE' } as Membership,
    ];
    const run = (readOnly: boolean) =>
      statementsDuring(() =>
        requestScope.run({ userId: person.user.id, prefetched, readOnly }, () =>
          access.activeMembership(person.user.id, a.network.id),
        ),
      );
    // A query: the rows read with the session stand in for the first load (no statement).
    const query = await run(true);
    expect(query.result?.role).toBe('COORDINATOR');
    expect(query.sql.filter((q) => q.includes('"membership"'))).toHaveLength(0);
    // A mutation (or a REST route): read at first use, so a membership it has just changed counts.
    const mutation = await run(false);
    expect(mutation.result?.role).toBe('TEACHER');
    expect(mutation.sql.filter((q) => q.includes('"membership"'))).toHaveLength(1);
  });

  it('answers "not found" for a network where the person is deactivated, while the other still works', async () => {
    const a = await createNetwork(server.db);
    const b = await createNetwork(server.db);
    const person = await createPerson(server.db, a, 'COORDINATOR', { status: 'DEACTIVATED' });
    await joinNetwork(server.db, b, person, 'COORDINATOR', { school: null });
    await expect(access.require(person.user.id, a.network.id, 'read')).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    await expect(access.require(person.user.id, b.network.id, 'readAudit')).resolves.toMatchObject({
      role: 'COORDINATOR',
    });
  });

  it("decides a closed group's stream from the person's place in it, and hides it from another network's coordinator", async () => {
    const a = await createNetwork(server.db);
    const b = await createNetwork(server.db);
    const group = await createGroup(server.db, a, { access: 'CLOSED' });
    const member = await createPerson(server.db, a, 'TEACHER');
    const outsiderTeacher = await createPerson(server.db, a, 'TEACHER');
    const otherCoordinator = await createPerson(server.db, b, 'COORDINATOR');
    await addToGroup(server.db, group, member);
    const [mine, theirs, other] = await Promise.all(
      [member, outsiderTeacher, otherCoordinator].map((p) => groups.contexts(p.user.id, [group.id])),
    );
    expect(groups.canReadStream(mine[0] as never)).toBe(true);
    expect(groups.canReadStream(theirs[0] as never)).toBe(false);
    expect(other[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });
});
