/**
 * The demo shows the to-do: every demo person (adults and students) has at least one item on their
 * home page. The demo is seeded in a transaction that is rolled back, so the shared test database
 * keeps no demo network; the to-do is built from the same providers the server uses, on that
 * transaction.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../server/src/access/access.service.js';
import { User } from '../../server/src/auth/user.entity.js';
import { ConveningsToDo } from '../../server/src/convenings/convenings.to-do.js';
import { seedDemoNetwork } from '../../server/src/database/seed/demo-network.js';
import { FeedbackToDo } from '../../server/src/feedback/feedback.to-do.js';
import { EndorsementsToDo } from '../../server/src/feedback/endorsements/endorsements.to-do.js';
import { DiscoveryService } from '../../server/src/groups/discovery.service.js';
import { GroupsToDo } from '../../server/src/groups/groups.to-do.js';
import { Membership } from '../../server/src/networks/membership.entity.js';
import { NetworkToDo } from '../../server/src/networks/network.to-do.js';
import { DebriefToDo } from '../../server/src/observe/debrief/debrief.to-do.js';
import { LessonStudiesToDo } from '../../server/src/observe/lesson-studies/lesson-studies.to-do.js';
import { MentoringToDo } from '../../server/src/observe/mentoring/mentoring.to-do.js';
import { CalibrationToDo } from '../../server/src/feedback/calibration/calibration.to-do.js';
import { ShowcaseToDo } from '../../server/src/showcase/showcase.to-do.js';
import type { ToDoProvider } from '../../server/src/todo/to-do-item.js';
import { TO_DO_PROVIDER_CLASSES } from '../../server/src/todo/to-do-providers.js';
import { ToDoService } from '../../server/src/todo/to-do.service.js';
import { UnitsToDo } from '../../server/src/units/units.to-do.js';
import { startServer, type TestServer } from '../support/harness.js';

class RolledBack extends Error {}

describe('the demo', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('every demo person has something waiting on them', async () => {
    const seen: { name: string; kinds: string[] }[] = [];
    await server.db
      .transaction(async (m: EntityManager) => {
        const network = await seedDemoNetwork(m, 'not-a-real-hash');
        // The manager answers the same calls as the data source, inside the transaction. The server
        // asks the providers at once, each on a connection of the pool; here they share the
        // transaction's one connection, so its statements are queued one after another (pg refuses
        // a query on a connection while another runs).
        const runner = m.queryRunner!;
        const query = runner.query.bind(runner);
        let queue: Promise<unknown> = Promise.resolve();
        runner.query = ((...args: Parameters<typeof query>) => {
          const next = queue.then(() => query(...args));
          queue = next.catch(() => undefined);
          return next;
        }) as typeof runner.query;
        const db = m as unknown as DataSource;
        const access = new AccessService(m.getRepository(Membership));
        const providers: ToDoProvider[] = [
          new FeedbackToDo(db),
          new EndorsementsToDo(db),
          new GroupsToDo(db),
          new UnitsToDo(db),
          new ConveningsToDo(db),
          new LessonStudiesToDo(db),
          new DebriefToDo(db),
          new NetworkToDo(db, new DiscoveryService(db, access)),
          new MentoringToDo(db),
          new CalibrationToDo(db),
          new ShowcaseToDo(db),
        ];
        expect(providers.map((p) => p.constructor)).toEqual(TO_DO_PROVIDER_CLASSES);
        const service = new ToDoService(db, access, providers);
        const people = await m.getRepository(Membership).find({ where: { networkId: network.id } });
        expect(people.length).toBeGreaterThanOrEqual(21);
        for (const p of people) {
          const user = await m.getRepository(User).findOneByOrFail({ id: p.userId });
          const list = await service.mine(p.userId, network.id, 'America/Los_Angeles');
          seen.push({ name: user.username ?? user.email!, kinds: list.items.map((i) => i.kind) });
        }
        throw new RolledBack();
      })
      .catch((err: unknown) => {
        if (!(err instanceof RolledBack)) throw err;
      });
    const empty = seen.filter((s) => s.kinds.length === 0).map((s) => s.name);
    expect(empty).toEqual([]);
    const kindsOf = (name: string) => seen.find((s) => s.name.startsWith(name))!.kinds;
    // A student with two reviews waiting; students who missed the deadline are welcomed to write.
    expect(kindsOf('tok.student1').filter((k) => k === 'REVIEW_TO_WRITE')).toHaveLength(2);
    // The demo exchange has calibration on: the example essays come first, once per exchange.
    expect(kindsOf('tok.student1').filter((k) => k === 'CALIBRATION_TO_PRACTISE')).toHaveLength(1);
    expect(kindsOf('tok.student5')).toContain('ESSAY_TO_WRITE');
    expect(kindsOf('coordinator@')).toEqual(
      expect.arrayContaining([
        'SESSION_TO_FACILITATE',
        'INVITATIONS_NOT_ACCEPTED',
        'ISOLATED_MEMBERS',
        'GROUP_PROPOSALS',
      ]),
    );
    expect(kindsOf('nora.fairweather')).toContain('EXCHANGE_TO_OPEN');
    expect(kindsOf('lena.castillo')).toContain('EXCHANGE_INVITATION');
    expect(kindsOf('eli.johansen')).toContain('CRITICAL_FRIEND_REQUEST');
    expect(kindsOf('sam.peters')).toContain('UNIT_REVIEW_TO_MOVE_ON');
    // The demo mentoring pair's next steps come due in a few days.
    expect(kindsOf('sam.peters')).toContain('MENTORING_NEXT_STEPS');
    expect(kindsOf('hank.mueller')).toContain('MENTORING_NEXT_STEPS');
    // The locked-box lesson study is in its debrief: Grace has reflected and Sam shared evidence, so
    // Hank (an observer too) still shares his, and as facilitator moves the debrief on.
    expect(kindsOf('hank.mueller')).toEqual(expect.arrayContaining(['DEBRIEF_YOUR_TURN', 'DEBRIEF_TO_MOVE_ON']));
    expect(kindsOf('sam.peters')).not.toContain('DEBRIEF_YOUR_TURN');
    expect(kindsOf('grace.lindqvist')).not.toContain('DEBRIEF_YOUR_TURN');
    // Nothing of it was kept.
    expect(await server.db.query(`SELECT 1 FROM network WHERE slug = 'nw-rural-demo'`)).toEqual([]);
  });
});
