import { Not, type EntityManager } from 'typeorm';
import { CalibrationEssay } from '../../feedback/calibration/calibration-essay.entity.js';
import { CalibrationRound } from '../../feedback/calibration/calibration-round.entity.js';
import { Exchange } from '../../feedback/exchange.entity.js';
import { Rubric } from '../../feedback/rubric.entity.js';
import { ExchangeCalibrationEssay } from '../../feedback/student-calibration/exchange-calibration-essay.entity.js';
import type { Network } from '../../networks/network.entity.js';

const RUBRIC = 'Argument peer-editing rubric';

/**
 * Turns calibration on for the demo exchange: its students score two anchor papers of the 'Argument
 * peer-editing rubric' (the first two essays of the Language Arts group's AGREED round, a strong one
 * and a weak one) before they review. Their reviews are all still to write, so every demo student
 * has reviews to do once they have practised. Needs demo-feedback.ts and demo-calibration.ts first.
 */
export async function seedDemoStudentCalibration(m: EntityManager, network: Network): Promise<void> {
  const rubric = await m.getRepository(Rubric).findOneBy({ networkId: network.id, title: RUBRIC });
  const exchange =
    // The open exchange: the endorsements' seed adds last term's closed exchange on the same rubric.
    rubric &&
    (await m.getRepository(Exchange).findOneBy({ networkId: network.id, rubricId: rubric.id, phase: Not('CLOSED') }));
  if (!rubric || !exchange) {
    throw new Error(`Student calibration needs the demo exchange on the '${RUBRIC}': seed demo-feedback.ts first.`);
  }
  const round = await m
    .getRepository(CalibrationRound)
    .findOne({ where: { rubricRootId: rubric.rootId, status: 'AGREED' }, order: { agreedAt: 'DESC' } });
  const essays = round
    ? await m
        .getRepository(CalibrationEssay)
        .find({ where: { roundId: round.id }, order: { position: 'ASC' }, take: 2 })
    : [];
  if (essays.length < 2) {
    throw new Error(
      `Student calibration needs two anchor papers of the '${RUBRIC}' (an AGREED calibration round): seed demo-calibration.ts first.`,
    );
  }
  await m
    .getRepository(ExchangeCalibrationEssay)
    .insert(essays.map((e, i) => ({ exchangeId: exchange.id, essayId: e.id, position: i + 1 })));
}
