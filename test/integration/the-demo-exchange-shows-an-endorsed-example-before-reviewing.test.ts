/**
 * The demo's endorsed example: seeded (in a transaction that is rolled back) after the demo
 * network, the demo exchange's students read one approved example from last term's exchange on the
 * same rubric, signed by a pseudonym, without any demo student's name or school.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../server/src/access/access.service.js';
import { User } from '../../server/src/auth/user.entity.js';
import { seedDemoNetwork } from '../../server/src/database/seed/demo-network.js';
import type { ExampleReview } from '../../server/src/feedback/endorsements/dto/endorsement.types.js';
import { ExampleReviewsService } from '../../server/src/feedback/endorsements/example-reviews.service.js';
import { ExchangeAccessService } from '../../server/src/feedback/exchange-access.service.js';
import { Exchange } from '../../server/src/feedback/exchange.entity.js';
import { Membership } from '../../server/src/networks/membership.entity.js';
import { School } from '../../server/src/networks/school.entity.js';
import { startServer, type TestServer } from '../support/harness.js';

class RolledBack extends Error {}

describe('the demo', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('shows the demo exchange’s students an endorsed example without names or schools', async () => {
    let shown: ExampleReview[] = [];
    let secrets: string[] = [];
    await server.db
      .transaction(async (m: EntityManager) => {
        const network = await seedDemoNetwork(m, 'not-a-real-hash');
        const people = await m
          .getRepository(User)
          .createQueryBuilder('u')
          .innerJoin(Membership, 'me', 'me.user_id = u.id')
          .where('me.network_id = :id', { id: network.id })
          .getMany();
        // The demo seed endorses last term's review itself (seedDemoEndorsements, after the demo exchange).
        // The manager answers the same calls as the data source, inside the transaction (and is its own `manager`).
        const db = Object.assign(m, { manager: m }) as unknown as DataSource;
        const examples = new ExampleReviewsService(
          db,
          new ExchangeAccessService(db, new AccessService(m.getRepository(Membership))),
        );
        const exchange = await m
          .getRepository(Exchange)
          .findOneByOrFail({ networkId: network.id, title: 'Should rural schools share teachers online?' });
        const student = await m.getRepository(User).findOneByOrFail({ username: 'tok.student1' });
        shown = await examples.examples(student.id, exchange.id);
        const schools = await m.getRepository(School).findBy({ networkId: network.id });
        secrets = [
          ...people.flatMap((p) => [p.displayName, ...(p.username ? [p.username] : [])]),
          ...schools.flatMap((s) => [s.name, s.locality]),
        ];
        throw new RolledBack();
      })
      .catch((err: unknown) => {
        if (!(err instanceof RolledBack)) throw err;
      });
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({
      exchangeTitle: 'Should our town keep the library open on Saturdays?',
      sameRubric: true,
      note: 'Every comment names something in the essay and gives one thing to do next, kindly.',
    });
    expect(shown[0]!.comments.map((c) => c.criterionTitle)).toEqual(['Claim', 'Evidence', 'Addresses counter-claims']);
    const payload = JSON.stringify(shown);
    expect(secrets.length).toBeGreaterThan(20);
    expect(secrets.filter((s) => payload.includes(s))).toEqual([]);
  });
});
