/**
 * The demo's calibration round (issue 15, item 5): the Language Arts Job-Alike agreed a round on
 * the argument rubric, scored by its four teachers, with one strong disagreement discussed, every
 * cell agreed (so the rubric has anchor papers), and essays that name no school, town or person of
 * the network. Seeded in a transaction that is rolled back, like the other demo tests.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import { seedDemoNetwork } from '../../server/src/database/seed/demo-network.js';
import { networkGiveaways } from '../../server/src/feedback/network-giveaways.js';
import { CalibrationAgreedScore } from '../../server/src/feedback/calibration/calibration-agreed-score.entity.js';
import { CalibrationComment } from '../../server/src/feedback/calibration/calibration-comment.entity.js';
import { CalibrationEssay } from '../../server/src/feedback/calibration/calibration-essay.entity.js';
import { CalibrationRound } from '../../server/src/feedback/calibration/calibration-round.entity.js';
import { CalibrationScore } from '../../server/src/feedback/calibration/calibration-score.entity.js';
import { roundAgreement } from '../../server/src/feedback/calibration/round-agreement.js';
import { Rubric } from '../../server/src/feedback/rubric.entity.js';
import { Membership } from '../../server/src/networks/membership.entity.js';
import { School } from '../../server/src/networks/school.entity.js';
import { startServer, type TestServer } from '../support/harness.js';

class RolledBack extends Error {}

describe('the demo group', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('has an agreed calibration round with a discussed disagreement and anchor papers that name nobody', async () => {
    await server.db
      .transaction(async (m: EntityManager) => {
        const network = await seedDemoNetwork(m, 'not-a-real-hash');
        const [round] = await m.getRepository(CalibrationRound).findBy({ networkId: network.id });
        expect(round).toMatchObject({ status: 'AGREED' });
        expect(round.agreedAt!.getTime()).toBeGreaterThan(round.revealedAt!.getTime());
        const rubric = await m.getRepository(Rubric).findOneByOrFail({ id: round.rubricId });
        expect(rubric.title).toBe('Argument peer-editing rubric');
        const essays = await m
          .getRepository(CalibrationEssay)
          .find({ where: { roundId: round.id }, order: { position: 'ASC' } });
        const scores = await m.getRepository(CalibrationScore).findBy({ roundId: round.id });
        expect(essays).toHaveLength(3);
        expect(new Set(scores.map((s) => s.raterId)).size).toBe(4);
        const stats = roundAgreement(
          rubric.criteria,
          essays.map((e) => e.id),
          scores,
        );
        const [worst] = stats.disputed;
        expect(worst).toMatchObject({ essayId: essays[2].id, criterionId: 'counterclaims' });
        expect(worst.spread).toBeGreaterThanOrEqual(2);
        const thread = await m
          .getRepository(CalibrationComment)
          .findBy({ essayId: worst.essayId, criterionId: worst.criterionId });
        expect(thread.length).toBeGreaterThanOrEqual(2);
        const agreed = await m.getRepository(CalibrationAgreedScore).findBy({ roundId: round.id });
        expect(agreed).toHaveLength(essays.length * rubric.criteria.length);
        const disputedCell = agreed.find((a) => a.essayId === worst.essayId && a.criterionId === worst.criterionId)!;
        expect(disputedCell.rationale.length).toBeGreaterThanOrEqual(10);
        // No essay names a school, a town or anyone of the network.
        const schools = await m.getRepository(School).findBy({ networkId: network.id });
        const people = await m
          .getRepository(Membership)
          .find({ where: { networkId: network.id }, relations: { user: true } });
        const identities = [
          ...schools.map((s) => ({ schoolName: s.name, locality: s.locality, displayName: '', username: null })),
          ...people.map((p) => ({
            schoolName: null,
            locality: null,
            displayName: p.user.displayName,
            username: p.user.username,
          })),
        ];
        expect(essays.map((e) => networkGiveaways(e.body, identities))).toEqual([[], [], []]);
        throw new RolledBack();
      })
      .catch((err: unknown) => {
        if (!(err instanceof RolledBack)) throw err;
      });
  });
});
