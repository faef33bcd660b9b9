import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addToGroup, createPerson, signIn } from '../support/factories.js';
import { startServer, type TestServer } from '../support/harness.js';
import { statementShapes as shapes, statementsDuring } from '../support/sql-statements.js';
import {
  CONVENING,
  conveningWorld,
  ok,
  publishedConvening,
  Q,
  type ConveningResult,
} from '../support/convenings-api.js';

const LIST = `query($networkId: ID!) { convenings(networkId: $networkId) { ${CONVENING} } }`;

describe('convening pages cost the same statements whatever their size', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('twelve-sessions-and-registrants-cost-the-same-statements-as-two', async () => {
    const w = await conveningWorld(server);
    const { convening } = await publishedConvening(server, w, { capacity: 2 });
    const people: string[] = [];
    let made = 0;
    /** `count` more sessions (each in its own hour and room) and as many registrants choosing all of them. */
    async function grow(count: number) {
      for (let i = 0; i < count; i++, made++) {
        const hour = String(11 + made).padStart(2, '0');
        ok(
          await server.gql(
            Q.addSession,
            {
              input: {
                conveningId: convening.id,
                kind: made % 2 ? 'PLENARY' : 'JOB_ALIKE',
                groupId: w.group.id,
                title: `Session ${made}`,
                startsAt: new Date(Date.parse(convening.startsAt) + (3 + made) * 3_600_000).toISOString(),
                endsAt: new Date(Date.parse(convening.startsAt) + (3.5 + made) * 3_600_000).toISOString(),
                room: `Room ${hour}`,
                capacity: 1,
                facilitatorId: w.teachers[made % 3].user.id,
              },
            },
            { token: w.coordinator.token },
          ),
        );
        const p = await createPerson(server.db, w.net, 'TEACHER', { school: w.net.schools[made % 2] });
        await addToGroup(server.db, w.group, p);
        const token = await signIn(server, p.login);
        ok(await server.gql(Q.register, { c: convening.id, s: 'GOING', n: { needsLodging: true } }, { token }));
        people.push(token);
      }
      const sessionIds = ok(
        await server.gql<{ convening: ConveningResult }>(Q.get, { id: convening.id }, { token: people[0] }),
      ).convening.sessions.map((s) => s.id);
      for (const token of people) ok(await server.gql(Q.choose, { c: convening.id, ids: sessionIds }, { token }));
    }
    const measure = async (token: string) => {
      const { sql, result } = await statementsDuring(() =>
        server.gql(LIST, { networkId: w.net.network.id }, { token }),
      );
      expect(result.errors).toBeUndefined();
      return shapes(sql);
    };

    await grow(1);
    const small = { coordinator: await measure(w.coordinator.token), member: await measure(people[0]) };
    await grow(10);
    const large = { coordinator: await measure(w.coordinator.token), member: await measure(people[0]) };
    expect(large.coordinator).toEqual(small.coordinator);
    expect(large.member).toEqual(small.member);
    const page = ok(
      await server.gql<{ convenings: ConveningResult[] }>(
        LIST,
        { networkId: w.net.network.id },
        { token: w.coordinator.token },
      ),
    );
    expect(page.convenings[0].sessions).toHaveLength(12);
    expect(page.convenings[0].registrationSummary?.counts.going).toBe(11);
  });
});
