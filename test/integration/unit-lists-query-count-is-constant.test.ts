import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createGroup, createNetwork } from '../support/factories.js';
import { startServer, type TestServer } from '../support/harness.js';
import { statementShapes as shapes, statementsDuring } from '../support/sql-statements.js';
import { FORK, createUnit, groupWithAuthors, ok, publish, teacher } from '../support/units-api.js';

const UNIT_LIST_FIELDS = `id title viewerAccess viewerCanComment group { name } forkedFrom { title groupName }
  contributors { user { displayName } school { name } edits } revisions { id } comments { id } currentReview { id }`;
const LIBRARY = `query($networkId: ID!) { library(networkId: $networkId, first: 50) { totalCount nodes { ${UNIT_LIST_FIELDS} } } }`;
const UNITS = `query($groupId: ID!) { units(groupId: $groupId) { ${UNIT_LIST_FIELDS} } }`;

describe('unit lists query count is constant', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('ten-units-cost-the-same-statements-as-two-in-the-library-and-a-groups-list', async () => {
    const net = await createNetwork(server.db, 2);
    const { group, authors } = await groupWithAuthors(server, net, 2);
    const adapters = await createGroup(server.db, net);
    const adapter = await teacher(server, net, [adapters], net.schools[1]);
    let made = 0;
    /** Published units, each adapted into the other group and published there too. */
    async function addUnits(count: number) {
      for (let i = 0; i < count; i++, made++) {
        const unit = await createUnit(server, authors[made % 2].token, { groupId: group.id, title: `Unit ${made}` });
        await publish(server, authors[made % 2].token, unit.id);
        const fork = ok(
          await server.gql<{ forkUnit: { id: string } }>(
            FORK,
            { unitId: unit.id, groupId: adapters.id },
            {
              token: adapter.token,
            },
          ),
        ).forkUnit;
        await publish(server, adapter.token, fork.id);
      }
    }
    const measure = async (query: string, vars: Record<string, unknown>, token: string) => {
      const load = () => server.gql<Record<string, unknown>>(query, vars, { token });
      await load();
      const run = await statementsDuring(load);
      expect(run.result.errors).toBeUndefined();
      return run;
    };

    await addUnits(1);
    const smallLibrary = await measure(LIBRARY, { networkId: net.network.id }, authors[0].token);
    const smallList = await measure(UNITS, { groupId: adapters.id }, adapter.token);
    await addUnits(4);
    const bigLibrary = await measure(LIBRARY, { networkId: net.network.id }, authors[0].token);
    const bigList = await measure(UNITS, { groupId: adapters.id }, adapter.token);

    const library = bigLibrary.result.data!.library as { totalCount: number; nodes: { forkedFrom: unknown }[] };
    expect(library.totalCount).toBe(10);
    expect(library.nodes.filter((n) => n.forkedFrom)).toHaveLength(5);
    expect((bigList.result.data!.units as unknown[]).length).toBe(5);
    expect(shapes(bigLibrary.sql)).toEqual(shapes(smallLibrary.sql));
    expect(shapes(bigList.sql)).toEqual(shapes(smallList.sql));
  });
});
