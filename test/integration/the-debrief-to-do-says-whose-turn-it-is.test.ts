/**
 * The debrief's to-do follows the protocol's order: on the demo's locked-box lesson study (seeded in
 * a transaction that is rolled back), each step puts "your turn" on the to-do of the role whose step
 * it is and who has not written yet, the facilitator is asked to move on once a step has something
 * in it, and in Revise the facilitator and the teacher are asked to accept the agreed revisions.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource, EntityManager } from 'typeorm';
import { User } from '../../server/src/auth/user.entity.js';
import { seedDemoNetwork } from '../../server/src/database/seed/demo-network.js';
import type { Membership } from '../../server/src/networks/membership.entity.js';
import { DebriefToDo } from '../../server/src/observe/debrief/debrief.to-do.js';
import type { ToDoDraft } from '../../server/src/todo/to-do-item.js';
import { startServer, type TestServer } from '../support/harness.js';

class RolledBack extends Error {}

describe('the debrief to-do', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('tells-each-role-when-it-is-their-turn-and-the-facilitator-when-to-move-on', async () => {
    await server.db
      .transaction(async (m: EntityManager) => {
        const network = await seedDemoNetwork(m, 'not-a-real-hash');
        const todo = new DebriefToDo(m as unknown as DataSource);
        const [cycle] = await m.query<{ id: string }[]>(`SELECT id FROM lesson_study WHERE network_id = $1`, [
          network.id,
        ]);
        const id = cycle!.id;
        const userId = async (login: string) =>
          (
            await m
              .getRepository(User)
              .findOneByOrFail(
                login.includes('.student') ? { username: login } : { email: `${login}@demo.switchback.local` },
              )
          ).id;
        const items = async (login: string, role: Membership['role'] = 'TEACHER'): Promise<ToDoDraft[]> =>
          todo.items({
            userId: await userId(login),
            networkId: network.id,
            membership: { role } as Membership,
            now: new Date(),
          });
        const kinds = async (login: string) => (await items(login)).map((i) => i.kind);
        const at = (step: string) =>
          m.query(`UPDATE debrief_progress SET step = $2 WHERE lesson_study_id = $1 AND round = 1`, [id, step]);

        // As seeded: evidence is open, Sam has shared his, Hank (observer and facilitator) has not.
        const hank = await items('hank.mueller');
        expect(hank.map((i) => i.kind).sort()).toEqual(['DEBRIEF_TO_MOVE_ON', 'DEBRIEF_YOUR_TURN']);
        expect(hank.find((i) => i.kind === 'DEBRIEF_YOUR_TURN')).toMatchObject({
          title: 'Share your evidence on “The locked-box lesson”',
          path: `/lesson-studies/${id}?tab=debrief`,
        });
        expect(hank.find((i) => i.kind === 'DEBRIEF_TO_MOVE_ON')!.title).toBe(
          'Move the debrief of “The locked-box lesson” on to “Critical friends”',
        );
        expect(await kinds('sam.peters')).toEqual([]);
        expect(await kinds('grace.lindqvist')).toEqual([]);
        expect(await kinds('eli.johansen')).toEqual([]);
        expect(await kinds('ruth.okada')).toEqual([]);
        expect(await items('tok.student1', 'STUDENT')).toEqual([]);

        // The first step, nothing written: the teacher reflects first; nothing to move on yet.
        await m.query(`DELETE FROM debrief_entry WHERE lesson_study_id = $1`, [id]);
        await at('TEACHER_REFLECTION');
        expect((await items('grace.lindqvist')).map((i) => i.title)).toEqual([
          'Reflect first on “The locked-box lesson”',
        ]);
        expect(await kinds('hank.mueller')).toEqual([]);

        await at('CRITICAL_FRIENDS');
        expect((await items('eli.johansen')).map((i) => i.title)).toEqual([
          'Give your critique of “The locked-box lesson”',
        ]);
        await at('KNOWLEDGEABLE_OTHER');
        expect((await items('coordinator', 'COORDINATOR')).map((i) => i.kind)).toEqual(['DEBRIEF_YOUR_TURN']);
        expect(await kinds('eli.johansen')).toEqual([]);

        // The last step: a proposed revision waits on the facilitator to agree or decline it.
        await at('REVISIONS');
        const revision = await m.query<{ id: string }[]>(
          `INSERT INTO plan_revision (lesson_study_id, round, section_id, text, proposed_by_id)
           VALUES ($1, 1, 'flow', 'Wait a full minute before helping a stuck team.', $2) RETURNING id`,
          [id, await userId('sam.peters')],
        );
        expect((await items('hank.mueller')).map((i) => i.title)).toEqual([
          'Agree or decline the proposed revisions of “The locked-box lesson”',
        ]);

        // Revise: the agreed revision waits on the facilitator or the teacher to accept it.
        await m.query(`UPDATE plan_revision SET status = 'AGREED' WHERE id = $1`, [revision[0]!.id]);
        await m.query(`UPDATE lesson_study SET phase = 'REVISE' WHERE id = $1`, [id]);
        for (const login of ['hank.mueller', 'grace.lindqvist'])
          expect(await items(login)).toEqual([
            expect.objectContaining({
              kind: 'DEBRIEF_REVISIONS_TO_ACCEPT',
              detail: '1 agreed revision makes the next version of the plan.',
            }),
          ]);
        expect(await kinds('sam.peters')).toEqual([]);
        throw new RolledBack();
      })
      .catch((err: unknown) => {
        if (!(err instanceof RolledBack)) throw err;
      });
    expect(await server.db.query(`SELECT 1 FROM network WHERE slug = 'nw-rural-demo'`)).toEqual([]);
  });
});
