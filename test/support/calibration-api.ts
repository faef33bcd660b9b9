/** GraphQL documents and helpers of the calibration-round integration tests. */
import { expect } from '@jest/globals';
import type { GqlResult, TestServer } from './harness.js';

const FIGURES = 'alpha exact adjacent';
const PERSON = 'id displayName';
const CELL = `essayId criterionId counts { points label count } min max spread exact adjacent raters
  comments { id essayId criterionId author { ${PERSON} } body createdAt }`;

/** Every field of a round, as deep as the contract goes. */
export const ROUND = `id networkId groupId groupName title status createdAt revealedAt agreedAt canFacilitate
  raterCount finishedRaterCount iHaveFinished createdBy { ${PERSON} }
  rubric { id title criteria { id title levels { points label } } }
  essays { id position body myScores { criterionId points } scores { rater { ${PERSON} } levels { criterionId points } }
    agreed { criterionId points rationale agreedBy { ${PERSON} } agreedAt } }
  agreement { overall { ${FIGURES} } byCriterion { criterionId ${FIGURES} } byEssay { essayId ${FIGURES} }
    cells { ${CELL} } disputed { ${CELL} } }`;

export const Q = {
  round: `query($id: ID!) { calibrationRound(id: $id) { ${ROUND} } }`,
  rounds: `query($g: ID!) { calibrationRounds(groupId: $g) { ${ROUND} } }`,
  anchors: `query($r: ID!) { anchorPapers(rubricId: $r) { essayId roundTitle position body agreedAt agreed { criterionId points rationale } } }`,
  candidates: `query($g: ID!) { calibrationEssayCandidates(groupId: $g) { id body exchangeTitle offeredAt } }`,
  create: `mutation($i: CreateCalibrationRoundInput!) { createCalibrationRound(input: $i) { ${ROUND} } }`,
  score: `mutation($i: SubmitCalibrationScoresInput!) { submitCalibrationScores(input: $i) {
    id position myScores { criterionId points } scores { rater { ${PERSON} } levels { criterionId points } } } }`,
  reveal: `mutation($id: ID!) { revealCalibrationRound(id: $id) { ${ROUND} } }`,
  comment: `mutation($i: CalibrationCommentInput!) { commentOnCalibrationCell(input: $i) { id essayId criterionId body author { ${PERSON} } createdAt } }`,
  agree: `mutation($i: AgreeCalibrationScoreInput!) { agreeCalibrationScore(input: $i) { ${ROUND} } }`,
  offer: `mutation($s: ID!) { offerEssayForCalibration(submissionId: $s) { id body exchangeTitle offeredAt } }`,
  health: `query($n: ID!, $from: String!, $to: String!) { networkHealth(networkId: $n, from: $from, to: $to) {
    calibration { rubricTitle rounds { roundTitle groupName revealedAt ${FIGURES} raters } } } }`,
};

/** A GraphQL call whose answer is also kept as the exact text the server sent. */
export async function rawGql<T>(
  server: TestServer,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GqlResult<T> & { raw: string }> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-forwarded-for': server.ip },
    body: JSON.stringify({ query, variables }),
  });
  const raw = await res.text();
  const body = JSON.parse(raw) as { data?: T; errors?: GqlResult['errors'] };
  return { status: res.status, data: (body.data ?? null) as T, errors: body.errors, headers: res.headers, raw };
}

export function ok<T>(res: GqlResult<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data!;
}

export interface RoundView {
  id: string;
  status: string;
  finishedRaterCount: number;
  iHaveFinished: boolean;
  agreedAt: string | null;
  essays: {
    id: string;
    position: number;
    myScores: { criterionId: string; points: number }[];
    scores: { rater: { id: string }; levels: { criterionId: string; points: number }[] }[];
    agreed: { criterionId: string; points: number; rationale: string }[];
  }[];
  agreement: null | {
    overall: { alpha: number | null; exact: number | null; adjacent: number | null };
    byCriterion: { criterionId: string; alpha: number | null; exact: number | null; adjacent: number | null }[];
    byEssay: { essayId: string; alpha: number | null; exact: number | null; adjacent: number | null }[];
    cells: { essayId: string; criterionId: string; spread: number; comments: { body: string }[] }[];
    disputed: { essayId: string; criterionId: string; spread: number; comments: { body: string }[] }[];
  };
}
