/**
 * Network A's calibration content for the sealed-networks tests (sealed-networks.ts calls it while
 * it builds network A): an essay offered by its writer's teacher and a revealed calibration round
 * with scores and a discussion, its texts carrying A's marker where the giveaway check allows.
 */
import type { NetworkAContext } from './sealed-networks-observe.js';
import type { Signed } from './sealed-networks.js';

export interface CalibrationContent {
  /** A revealed round of A's group on A's rubric, scored by both teachers of A, with a comment. */
  calibrationRoundId: string;
  calibrationEssayId: string;
  /** A student's essay of A's exchange, offered by their teacher (the first teacher of A). */
  calibrationCandidateId: string;
}

const ESSAYS = [
  'Rural schools should share teachers, because a good physics teacher can reach three villages by video.',
  'Sharing teachers sounds fair, but students need someone in the room who knows them and their families.',
  'Schools should share some teachers. The ferry schedule makes it hard, so the plan must start online first.',
];

export async function calibrationContent(
  { group, teachers: [t1, t2], m, gql }: Pick<NetworkAContext, 'group' | 'teachers' | 'm' | 'gql'>,
  rubricId: string,
  submissionOfFirstTeacher: string,
  criteria: readonly { id: string; levels: readonly { points: number }[] }[],
): Promise<CalibrationContent> {
  const offer = await gql<{ offerEssayForCalibration: { id: string } }>(
    t1,
    `mutation($s: ID!) { offerEssayForCalibration(submissionId: $s) { id } }`,
    { s: submissionOfFirstTeacher },
  );
  // The essays carry no marker: A's people have it in their names, and anchor essays never name anyone.
  const round = await gql<{ createCalibrationRound: { id: string; essays: { id: string }[] } }>(
    t1,
    `mutation($i: CreateCalibrationRoundInput!) { createCalibrationRound(input: $i) { id essays { id } } }`,
    { i: { groupId: group.id, rubricId, title: m('Calibration round'), essays: ESSAYS } },
  );
  const { id, essays } = round.createCalibrationRound;
  const score = (who: Signed, essayId: string, pick: number) =>
    gql(who, `mutation($i: SubmitCalibrationScoresInput!) { submitCalibrationScores(input: $i) { id } }`, {
      i: {
        essayId,
        levels: criteria.map((c) => ({ criterionId: c.id, points: c.levels[pick % c.levels.length].points })),
      },
    });
  for (const e of essays) {
    await score(t1, e.id, 0);
    await score(t2, e.id, 1);
  }
  await gql(t1, `mutation($id: ID!) { revealCalibrationRound(id: $id) { id } }`, { id });
  await gql(t2, `mutation($i: CalibrationCommentInput!) { commentOnCalibrationCell(input: $i) { id } }`, {
    i: { essayId: essays[0].id, criterionId: criteria[0].id, body: m('I read the claim as stronger') },
  });
  return {
    calibrationRoundId: id,
    calibrationEssayId: essays[0].id,
    calibrationCandidateId: offer.offerEssayForCalibration.id,
  };
}
