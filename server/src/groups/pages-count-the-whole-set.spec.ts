import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addToGroup, createGroup, createNetwork, createPerson } from '../../../test/support/factories.js';
import { startServer, type TestServer } from '../../../test/support/harness.js';
import { GroupAccessService } from './group-access.service.js';
import { GroupsService } from './groups.service.js';
import { Post } from './post.entity.js';
import { PostsService } from './posts.service.js';

/**
 * Pages bring the size of the whole set in the same statement as their rows (`rowsAndTotal`): the
 * count must not shrink as a reader moves through the pages, nor when a page comes back empty.
 */
describe('pages count the whole set', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('gives the same total on every page of a group stream, and on an empty page past the end', async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const group = await createGroup(server.db, net);
    await addToGroup(server.db, group, teacher);
    const base = Date.parse('2026-11-02T15:00:00Z');
    for (let i = 0; i < 5; i++) {
      await server.db.getRepository(Post).save({
        groupId: group.id,
        authorId: teacher.user.id,
        kind: 'QUESTION',
        body: `Post ${i}`,
        createdAt: new Date(base + i * 60_000),
      });
    }
    // A deleted post and a reply are not part of the stream's set.
    const [newest] = await server.db
      .getRepository(Post)
      .find({ where: { groupId: group.id }, order: { createdAt: 'DESC' } });
    await server.db.getRepository(Post).save({
      groupId: group.id,
      authorId: teacher.user.id,
      kind: 'QUESTION',
      body: 'Gone',
      deletedAt: new Date(),
    });
    await server.db
      .getRepository(Post)
      .save({ groupId: group.id, authorId: teacher.user.id, kind: 'QUESTION', body: 'A reply', parentId: newest.id });

    const posts = server.app.get(PostsService);
    const ctx = await server.app.get(GroupAccessService).context(teacher.user.id, group.id);
    const seen: string[] = [];
    let after: string | undefined;
    const totals: number[] = [];
    for (let page = 0; page < 3; page++) {
      const p = await posts.page(ctx, 2, after);
      totals.push(p.totalCount);
      seen.push(...p.nodes.map((n) => n.body));
      after = p.pageInfo.endCursor ?? undefined;
      if (!p.pageInfo.hasNextPage) break;
    }
    expect(totals).toEqual([5, 5, 5]);
    expect(seen).toEqual(['Post 4', 'Post 3', 'Post 2', 'Post 1', 'Post 0']);
    // Past the last row: no rows, and still the whole set's size.
    const past = await posts.page(ctx, 2, after);
    expect([past.nodes.length, past.totalCount, past.pageInfo.hasNextPage]).toEqual([0, 5, false]);
  });

  it("counts a teacher's groups the same on every page of the list", async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    for (const name of ['Algebra', 'Biology', 'Chemistry'])
      await addToGroup(server.db, await createGroup(server.db, net, { name }), teacher);
    await createGroup(server.db, net, { name: 'Drama' }); // not theirs
    const groups = server.app.get(GroupsService);
    const first = await groups.list(teacher.user.id, { networkId: net.network.id, filter: { mine: true }, first: 2 });
    const second = await groups.list(teacher.user.id, {
      networkId: net.network.id,
      filter: { mine: true },
      first: 2,
      after: first.pageInfo.endCursor ?? undefined,
    });
    expect([first.totalCount, second.totalCount]).toEqual([3, 3]);
    expect([...first.nodes, ...second.nodes].map((g) => g.name)).toEqual(['Algebra', 'Biology', 'Chemistry']);
    const everything = await groups.list(teacher.user.id, { networkId: net.network.id, first: 10 });
    expect(everything.totalCount).toBe(4);
  });
});
