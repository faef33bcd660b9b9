import type { EntityManager } from 'typeorm';
import type { User } from '../../auth/user.entity.js';
import { CalibrationAgreedScore } from '../../feedback/calibration/calibration-agreed-score.entity.js';
import { CalibrationComment } from '../../feedback/calibration/calibration-comment.entity.js';
import { CalibrationEssay } from '../../feedback/calibration/calibration-essay.entity.js';
import { CalibrationRound } from '../../feedback/calibration/calibration-round.entity.js';
import { CalibrationScore } from '../../feedback/calibration/calibration-score.entity.js';
import { Rubric } from '../../feedback/rubric.entity.js';
import { Group } from '../../groups/group.entity.js';
import type { Network } from '../../networks/network.entity.js';

const day = 86_400_000;

/** Three anchor essays: no name, no school, no town (the giveaway check would refuse them). */
const ESSAYS = [
  'High schools should start at nine instead of eight. Sleep researchers report that teenagers fall asleep later than adults, and a district that moved its start time saw attendance in first period rise by six percent. Some parents worry about practice ending after dark, but practices can move to the morning on weekends, and a rested team plays better anyway.',
  'I think school should start later because everyone is tired. In first period half the class is asleep. If we started later people would learn more. Also the bus comes really early. Some people say it would mess up sports but I think sports are less important than learning.',
  'Our school should keep its start time but end homework on Fridays. A later start sounds good, yet families who work early shifts need students to be at school when they leave. A homework-free Friday gives the same rest without changing buses. Critics say students would fall behind; one district tried it and its test scores did not drop.',
];

/** Points per essay (claim, evidence, counterclaims) by each teacher of the group. */
const SCORES: Record<string, [number, number, number][]> = {
  'ruth.okada': [
    [4, 3, 3],
    [2, 2, 1],
    [3, 3, 1],
  ],
  'nora.fairweather': [
    [4, 3, 3],
    [3, 2, 2],
    [3, 2, 3],
  ],
  'lena.castillo': [
    [3, 3, 3],
    [2, 2, 1],
    [3, 3, 4],
  ],
  'ivy.brennan': [
    [4, 4, 3],
    [2, 1, 1],
    [3, 3, 2],
  ],
};

/** The agreed points and rationale of each essay × criterion. */
const AGREED: [number, string][][] = [
  [
    [4, 'A precise claim in the first sentence that frames every paragraph after it.'],
    [3, 'Two relevant facts, each tied to a reason; neither source is named, so not Advanced.'],
    [3, 'States the parents’ worry fairly and answers it with a concrete alternative.'],
  ],
  [
    [2, 'A position is there (“start later”), but it is not yet arguable or specific.'],
    [2, 'Personal observations support the claim loosely; no facts or sources.'],
    [1, 'Dismisses the other side instead of stating and answering it.'],
  ],
  [
    [3, 'A clear claim with a twist the reader could argue against.'],
    [3, 'Relevant evidence for each reason, including a district’s results.'],
    [3, 'The cost objection is stated fairly and answered, but the answer needs its own evidence to be Advanced.'],
  ],
];

/** The discussion of the round's strongest disagreement: essay 3, counter-claims (scores 1 to 4). */
const THREAD: [string, string][] = [
  [
    'lena.castillo',
    'The last paragraph names the strongest objection and answers it with a district that tried it. That reads as Advanced to me.',
  ],
  [
    'ruth.okada',
    'It names the objection, but the answer is one sentence. I scored it Beginning because the family-shift worry is never really answered.',
  ],
  ['nora.fairweather', 'I land between you: stated fairly, answered briefly. Proficient, with a note on evidence?'],
];

/**
 * The Language Arts Job-Alike's finished calibration round on the 'Argument peer-editing rubric'
 * (seeded by demo-feedback.ts): three essays scored blind by the group's four teachers, one strong
 * disagreement (essay 3, counter-claims: 1 to 4) discussed in its thread, and every cell agreed with
 * a rationale, so the rubric has anchor papers. Plain inserts with fixed content: fast and repeatable.
 */
export async function seedDemoCalibration(m: EntityManager, network: Network, users: Map<string, User>): Promise<void> {
  const group = await m
    .getRepository(Group)
    .findOneByOrFail({ networkId: network.id, name: 'Language Arts Job-Alike' });
  const rubric = await m
    .getRepository(Rubric)
    .findOneByOrFail({ networkId: network.id, title: 'Argument peer-editing rubric' });
  const ruth = users.get('ruth.okada')!;
  const now = Date.now();
  const revealedAt = new Date(now - 14 * day);
  const agreedAt = new Date(now - 12 * day);
  const round = await m.save(
    m.create(CalibrationRound, {
      networkId: network.id,
      groupId: group.id,
      rubricId: rubric.id,
      rubricRootId: rubric.rootId,
      title: 'Start-time essays: what does Proficient mean?',
      createdById: ruth.id,
      status: 'AGREED',
      revealedAt,
      agreedAt,
      createdAt: new Date(now - 20 * day),
    }),
  );
  const essays = await m.save(
    ESSAYS.map((body, i) =>
      m.create(CalibrationEssay, { roundId: round.id, position: i + 1, body, sourceSubmissionId: null }),
    ),
  );
  const criteria = rubric.criteria.map((c) => c.id);
  const levels = (points: number[]) => Object.fromEntries(criteria.map((id, i) => [id, points[i]]));
  await m.insert(
    CalibrationScore,
    Object.entries(SCORES).flatMap(([login, rows]) =>
      rows.map((points, i) => ({
        roundId: round.id,
        essayId: essays[i].id,
        raterId: users.get(login)!.id,
        levels: levels(points),
        submittedAt: new Date(now - (17 - i) * day),
      })),
    ),
  );
  await m.insert(
    CalibrationComment,
    THREAD.map(([login, body], i) => ({
      roundId: round.id,
      essayId: essays[2].id,
      criterionId: 'counterclaims',
      authorId: users.get(login)!.id,
      body,
      createdAt: new Date(revealedAt.getTime() + (i + 1) * 3_600_000),
    })),
  );
  await m.insert(
    CalibrationAgreedScore,
    AGREED.flatMap((cells, i) =>
      cells.map(([points, rationale], c) => ({
        roundId: round.id,
        essayId: essays[i].id,
        criterionId: criteria[c],
        points,
        rationale,
        agreedById: ruth.id,
        agreedAt,
      })),
    ),
  );
}
