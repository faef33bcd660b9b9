/**
 * Two networks for isolation tests: network A full of content made through the API (groups, goals,
 * posts, units, rubrics, an exchange with essays and reviews, a convening, invitations,
 * notifications, outbox mail, audit events, and a lesson study and mentoring pair made in
 * sealed-networks-observe.ts), every text carrying one marker string; network B with
 * its coordinator; an account in no network; and a person who belongs to both (a teacher of A and
 * the coordinator of B).
 */
import { randomBytes } from 'node:crypto';
import { Compactor } from '../../server/src/collaboration/compactor.service.js';
import { DigestService } from '../../server/src/notifications/digest.service.js';
import { at, conveningInput, Q, type ConveningWorld } from './convenings-api.js';
import {
  addToGroup,
  createAccount,
  createClass,
  createGroup,
  createNetwork,
  createPerson,
  joinNetwork,
  signIn,
  type TestNetwork,
  type TestPerson,
} from './factories.js';
import type { GqlResult, TestServer } from './harness.js';
import { ENDORSEMENT_OPS } from './endorsements.js';
import { assignmentsOf, CRITERIA, OPS as EXCHANGE, pass, reviewOf, runJob } from './peer-feedback.js';
import { observeContent, type ObserveContent } from './sealed-networks-observe.js';
import { calibrationContent, type CalibrationContent } from './sealed-networks-calibration.js';
import { showcaseContent, type ShowcaseContent } from './sealed-networks-showcase.js';
import { ltiContent, type LtiContent } from './sealed-networks-lti.js';
import { lmsContent } from './sealed-networks-lms.js';
import { signInContent } from './sealed-networks-sign-in.js';
import { writeUnit } from './unit-content.js';
import { ANCHORS, anchorPapers } from './anchor-papers.js';
import { ADD_COMMENT, createUnit, publish, SAVE_REVISION } from './units-api.js';

export type Signed = TestPerson & { token: string };

export interface SealedNetworks {
  /** Lower-case letters and digits found in every text of network A (names, titles, bodies). */
  marker: string;
  a: {
    net: TestNetwork;
    coordinator: Signed;
    /** Teachers at school 1 and school 2 of A; both in the group and the exchange. */
    teachers: [Signed, Signed];
    /** Two students of each teacher's class (the first two at school 1), then the student of the teacher in both networks. */
    students: Signed[];
    /** Both teachers' classes, then the class of the teacher in both networks. */
    classIds: [string, string, string];
    joinCodes: string[];
    groupId: string;
    goalId: string;
    postIds: string[];
    /** A published unit and a draft with a comment and a saved revision. */
    unitIds: { published: string; draft: string };
    documentIds: string[];
    commentId: string;
    revisionId: string;
    /** The published unit's first version. */
    versionId: string;
    rubricId: string;
    /** An anchor paper of A's rubric (an agreed calibration round of A's group). */
    anchorPaperId: string;
    exchangeId: string;
    submissionIds: string[];
    reviewIds: string[];
    flagId: string;
    endorsementId: string;
    conveningId: string;
    sessionId: string;
    invitationId: string;
    deactivatedMemberId: string;
    notificationIds: string[];
    /** A conversation between the two teachers of A. */
    conversationId: string;
    /** A group proposed by the first teacher, waiting for the coordinator. */
    proposalId: string;
  } & ObserveContent &
    CalibrationContent &
    ShowcaseContent &
    LtiContent;
  /**
   * B's objects the people in both networks may change: the group (both are in it), a unit, a
   * rubric and an exchange of the teacher in both, a convening with a session by the coordinator.
   */
  b: {
    net: TestNetwork;
    coordinator: Signed;
    teacher: Signed;
    groupId: string;
    unitId: string;
    rubricId: string;
    exchangeId: string;
    conveningId: string;
    sessionId: string;
  };
  /** An account that belongs to no network. */
  outsider: Signed;
  /** A teacher of A (in A's group, registered for A's convening) who is also the coordinator of B. */
  dual: Signed;
  /** A teacher of A (in A's group, with a class of A) who is also a teacher of B. */
  dualTeacher: Signed & { classId: string };
}

function must<T>(res: GqlResult<T>, what: string): T {
  if (!res.data || res.errors?.length) throw new Error(`${what} failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

export async function sealedNetworks(server: TestServer): Promise<SealedNetworks> {
  const { db } = server;
  const marker = `zq${randomBytes(5).toString('hex')}`;
  const m = (text: string) => `${text} ${marker}`;
  const sign = async (p: TestPerson): Promise<Signed> => ({ ...p, token: await signIn(server, p.login) });
  const gql = async <T = Record<string, unknown>>(who: Signed, query: string, variables: Record<string, unknown>) =>
    must(await server.gql<T>(query, variables, { token: who.token }), query.slice(0, 60));

  const netA = await createNetwork(db, 2, { label: m('Network A') });
  const netB = await createNetwork(db, 1, { label: 'Network B' });
  const [schoolA1, schoolA2] = netA.schools;
  const personA = (role: 'COORDINATOR' | 'TEACHER' | 'STUDENT', name: string, school = schoolA1) =>
    createPerson(db, netA, role, { name: m(name), school: role === 'COORDINATOR' ? null : school }).then(sign);
  const coordinator = await personA('COORDINATOR', 'Cora Aplace');
  const t1 = await personA('TEACHER', 'Ann Aplace');
  const t2 = await personA('TEACHER', 'Abe Aplace', schoolA2);
  const students = [
    await personA('STUDENT', 'Sam Aplace', schoolA1),
    await personA('STUDENT', 'Sue Aplace', schoolA1),
    await personA('STUDENT', 'Sid Aplace', schoolA2),
    await personA('STUDENT', 'Sal Aplace', schoolA2),
  ];
  const coordinatorB = await sign(await createPerson(db, netB, 'COORDINATOR', { name: 'Bea Bplace' }));
  const teacherB = await sign(await createPerson(db, netB, 'TEACHER', { name: 'Bo Bplace' }));
  // B first: the person's memberships come back in the order they were made.
  const dualB = await createPerson(db, netB, 'COORDINATOR', { name: 'Dana Bothplaces' });
  const dual = await sign(await joinNetwork(db, netA, dualB, 'TEACHER', { school: schoolA1 }));
  const dualTeacherB = await createPerson(db, netB, 'TEACHER', { name: 'Dee Bothplaces' });
  const dualTeacher = await sign(await joinNetwork(db, netA, dualTeacherB, 'TEACHER', { school: schoolA2 }));
  const outsider = await sign(await createAccountPerson());
  async function createAccountPerson(): Promise<TestPerson> {
    const user = await createAccount(db, { name: 'Otto Noplace' });
    return { user, membership: null as never, login: user.email! };
  }

  // A's group: a goal, a post that mentions the dual member, a reply, a check-in on the goal.
  const group = await createGroup(db, netA, {
    name: m('Algebra circle'),
    description: m('We plan algebra together'),
    subject: 'Mathematics',
  });
  for (const p of [t1, t2, dual, dualTeacher])
    await addToGroup(db, group, p, { role: p === t1 ? 'FACILITATOR' : 'MEMBER' });
  const goal = await gql<{ createGoal: { id: string } }>(
    t1,
    `mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }`,
    {
      i: { groupId: group.id, statement: m('Every student explains one proof'), successCriteria: m('Proofs') },
    },
  );
  const post = (who: Signed, input: Record<string, unknown>) =>
    gql<{ createPost: { id: string } }>(who, `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`, {
      i: { groupId: group.id, ...input },
    }).then((d) => d.createPost.id);
  const question = await post(t1, {
    kind: 'QUESTION',
    body: m('How do you open a proof lesson?'),
    mentionIds: [dual.user.id],
  });
  const reply = await post(t2, { body: m('With a puzzle'), parentId: question });
  const checkIn = await post(t2, { body: m('Tried it, it works'), kind: 'CHECK_IN', goalId: goal.createGoal.id });

  // Units: one published with content, one draft with a comment and a revision.
  const published = await createUnit(server, t1.token, {
    groupId: group.id,
    title: m('Proofs unit'),
    summary: m('Two weeks of proofs'),
  });
  await writeUnit(server.url, t1.token, published.documentId, {
    goals: [{ p: [m('Students write proofs')] }],
    understandings: [{ h: 2, text: m('Why proofs matter') }],
  });
  await publish(server, t1.token, published.id);
  const version = await gql<{ unit: { latestVersion: { id: string } } }>(
    t1,
    `query($id: ID!) { unit(id: $id) { latestVersion { id } } }`,
    { id: published.id },
  );
  const draft = await createUnit(server, t2.token, { groupId: group.id, title: m('Draft unit'), summary: m('Soon') });
  await writeUnit(server.url, t2.token, draft.documentId, { goals: [{ p: [m('Draft goals')] }] });
  const comment = await gql<{ addUnitComment: { id: string } }>(t1, ADD_COMMENT, {
    input: { unitId: draft.id, sectionId: 'goals', kind: 'SUGGESTION', body: m('Add a warm-up') },
  });
  const revision = await gql<{ saveUnitRevision: { id: string } }>(t2, SAVE_REVISION, {
    unitId: draft.id,
    name: m('First draft'),
  });

  // A rubric shared with the group, two classes and an exchange through to feedback, a rating and a flag.
  const rubric = await gql<{ createRubric: { id: string } }>(
    t1,
    `mutation($i: CreateRubricInput!) { createRubric(input: $i) { id } }`,
    {
      i: {
        networkId: netA.network.id,
        title: m('Argument rubric'),
        description: m('For essays'),
        criteria: CRITERIA.map((c) => ({ ...c, title: m(c.title) })),
      },
    },
  );
  const rubricId = rubric.createRubric.id;
  await gql(t1, `mutation($r: ID!, $g: ID) { shareRubric(rubricId: $r, groupId: $g) { id } }`, {
    r: rubricId,
    g: group.id,
  });
  const [anchorPaperId] = await anchorPapers(db, {
    rubricId,
    groupId: group.id,
    facilitatorId: t1.user.id,
    anchors: ANCHORS.map((x) => ({ ...x, body: m(x.body) })),
  });
  const class1 = await createClass(db, netA, t1, students.slice(0, 2), { name: m('Period 1') });
  const class2 = await createClass(db, netA, t2, students.slice(2), { name: m('Period 2') });
  const studentOfDual = await personA('STUDENT', 'Sky Aplace', schoolA2);
  const class3 = await createClass(db, netA, dualTeacher, [studentOfDual], { name: m('Period 3') });
  const DAY = 86_400_000;
  const now = Date.now();
  const created = await gql<{ createExchange: { id: string } }>(t1, EXCHANGE.create, {
    input: {
      networkId: netA.network.id,
      title: m('Should rural schools share teachers'),
      prompt: m('Argue for or against'),
      rubricId,
      reviewsPerSubmission: 1,
      submissionDueAt: new Date(now + 2 * DAY).toISOString(),
      reviewDueAt: new Date(now + 4 * DAY).toISOString(),
      feedbackReleaseAt: new Date(now + 5 * DAY).toISOString(),
      classIds: [class1.id],
    },
  });
  const exchangeId = created.createExchange.id;
  await gql(t1, EXCHANGE.invite, { e: exchangeId, t: t2.user.id });
  await gql(t2, EXCHANGE.addClass, { e: exchangeId, c: class2.id });
  await gql(t1, EXCHANGE.advance, { e: exchangeId });
  for (const s of students)
    await gql(s, EXCHANGE.submitEssay, {
      e: exchangeId,
      body: m(`Rural schools should share teachers because distance keeps good teachers from small towns.`),
      // The marker is in the students' names too: the essay "names" them on purpose.
      anyway: true,
    });
  await pass(server, exchangeId, 'submissionDueAt');
  await runJob(server);
  const reviewIds: string[] = [];
  for (const s of students)
    for (const a of await assignmentsOf(server, exchangeId, { ...s, name: s.user.displayName })) {
      reviewIds.push(a.id);
      await gql(s, EXCHANGE.submit, {
        input: {
          ...reviewOf(a),
          strength: m('The opening question pulls the reader in'),
          nextStep: m('Add a source for the second reason'),
        },
      });
    }
  await pass(server, exchangeId, 'reviewDueAt');
  await runJob(server);
  await pass(server, exchangeId, 'feedbackReleaseAt');
  await runJob(server);
  const feedback = async (s: Signed) =>
    (await gql<{ exchange: { myFeedback: { id: string }[] } }>(s, EXCHANGE.exchange, { id: exchangeId })).exchange
      .myFeedback;
  const [rated] = await feedback(students[0]);
  await gql(students[0], EXCHANGE.rate, { input: { reviewId: rated.id, helpfulness: 4, comment: m('Thanks') } });
  const [flagged] = await feedback(students[2]);
  await gql(students[2], EXCHANGE.flag, { input: { reviewId: flagged.id, reason: m('Unkind words') } });
  const flag = await db.query(`SELECT id FROM review_flag WHERE review_id = $1`, [flagged.id]);
  // Teacher 1 endorses a review by their own student (approved at once): an example of A.
  const [byClass1] = await db.query(
    `SELECT r.id FROM peer_review r JOIN enrollment en ON en.student_id = r.reviewer_id
      WHERE r.exchange_id = $1 AND r.status = 'SUBMITTED' AND en.class_id = $2 ORDER BY r.id LIMIT 1`,
    [exchangeId, class1.id],
  );
  const endorsed = await gql<{ endorseReview: { id: string } }>(t1, ENDORSEMENT_OPS.endorse, {
    input: { reviewId: (byClass1 as { id: string }).id, note: m('Specific and kind') },
  });

  // A convening: a session for the group, registrations with needs, seats, a check-in, an action item.
  const world = { net: netA, day: '', nextDay: '' } as unknown as ConveningWorld;
  const day = new Date(now + 30 * DAY).toISOString().slice(0, 10);
  const nextDay = new Date(now + 31 * DAY).toISOString().slice(0, 10);
  Object.assign(world, { day, nextDay });
  const convening = await gql<{ createConvening: { id: string } }>(coordinator, Q.create, {
    input: {
      ...conveningInput(world),
      title: m('Fall convening'),
      venue: m('Bethel gym'),
      address: m('1 Main St'),
      description: m('Two days together'),
    },
  });
  const conveningId = convening.createConvening.id;
  const session = await gql<{ addConveningSession: { id: string } }>(coordinator, Q.addSession, {
    input: {
      conveningId,
      kind: 'JOB_ALIKE',
      title: m('Algebra job-alike'),
      description: m('Bring a lesson'),
      groupId: group.id,
      startsAt: at(day, '09:00'),
      endsAt: at(day, '10:00'),
      room: m('Room 12'),
      facilitatorId: t1.user.id,
    },
  });
  const sessionId = session.addConveningSession.id;
  await gql(coordinator, Q.publish, { id: conveningId });
  for (const p of [t1, t2, dual]) {
    await gql(p, Q.register, {
      c: conveningId,
      s: 'GOING',
      n: { travel: m('Flying in'), needsLodging: true, dietary: m('No nuts'), accessibility: m('Ramp') },
    });
    await gql(p, Q.choose, { c: conveningId, ids: [sessionId] });
  }
  await gql(t1, Q.checkIn, { s: sessionId, u: t2.user.id, p: true });
  await gql(t1, Q.promote, { s: sessionId, t: m('Share proof openers'), target: 'POST' });

  // Invitations (outbox mail and audit events), a member's change, a reset link for an A teacher.
  const invitation = await gql<{ inviteMember: { id: string } }>(
    coordinator,
    `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }`,
    {
      i: { networkId: netA.network.id, email: `${marker}-invitee@example.org`, role: 'TEACHER', schoolId: schoolA1.id },
    },
  );
  const leaving = await personA('TEACHER', 'Lee Aplace', schoolA2);
  await gql(coordinator, `mutation($id: ID!) { deactivateMember(memberId: $id) { id } }`, {
    id: leaving.membership.id,
  });
  await gql(t1, `mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }`, {
    i: { email: t1.login },
  });

  // B: a group where a teacher of B mentions the dual member (after A's mention, so B's is newest).
  const groupB = await createGroup(db, netB, { name: 'B circle' });
  await addToGroup(db, groupB, teacherB);
  await addToGroup(db, groupB, dualB);
  await gql(teacherB, `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`, {
    i: { groupId: groupB.id, kind: 'QUESTION', body: 'Hello from B', mentionIds: [dual.user.id] },
  });
  // The dual member's own mail: a password reset and a daily digest of their unread notifications.
  await gql(dual, `mutation($f: String!) { setDigestFrequency(frequency: $f) }`, { f: 'DAILY' });
  await gql(dual, `mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }`, {
    i: { email: dual.login },
  });
  // As the scheduler does every 15 minutes.
  await server.app.get(DigestService).runDue(new Date());

  // B's own content, made by the people in both networks.
  await addToGroup(db, groupB, dualTeacherB);
  const unitB = await createUnit(server, dualTeacher.token, { groupId: groupB.id, title: 'B unit' });
  const rubricB = await gql<{ createRubric: { id: string } }>(
    dualTeacher,
    `mutation($i: CreateRubricInput!) { createRubric(input: $i) { id } }`,
    { i: { networkId: netB.network.id, title: 'B rubric', criteria: CRITERIA } },
  );
  const studentB = await createPerson(db, netB, 'STUDENT', { name: 'Bea Student' });
  const classB = await createClass(db, netB, dualTeacherB, [studentB], { name: 'B period' });
  const exchangeB = await gql<{ createExchange: { id: string } }>(dualTeacher, EXCHANGE.create, {
    input: {
      networkId: netB.network.id,
      title: 'B exchange',
      prompt: 'Argue',
      rubricId: rubricB.createRubric.id,
      reviewsPerSubmission: 1,
      submissionDueAt: new Date(now + 2 * DAY).toISOString(),
      reviewDueAt: new Date(now + 4 * DAY).toISOString(),
      feedbackReleaseAt: new Date(now + 5 * DAY).toISOString(),
      classIds: [classB.id],
    },
  });
  const worldB = { net: netB, day, nextDay } as unknown as ConveningWorld;
  const conveningB = await gql<{ createConvening: { id: string } }>(dual, Q.create, {
    input: { ...conveningInput(worldB), title: 'B convening' },
  });
  const sessionB = await gql<{ addConveningSession: { id: string } }>(dual, Q.addSession, {
    input: {
      conveningId: conveningB.createConvening.id,
      kind: 'JOB_ALIKE',
      title: 'B session',
      groupId: groupB.id,
      startsAt: at(day, '09:00'),
      endsAt: at(day, '10:00'),
    },
  });
  await gql(dual, Q.publish, { id: conveningB.createConvening.id });

  const documentIds = [published.documentId, draft.documentId];
  // Fold the units' edit logs into their documents now, so no compaction changes A's rows later.
  const compactor = server.app.get(Compactor);
  for (const id of documentIds) await compactor.compact(id);
  const submissionIds = (
    (await db.query(`SELECT id FROM submission WHERE exchange_id = $1`, [exchangeId])) as { id: string }[]
  ).map((r) => r.id);
  const conversation = await gql<{ startConversation: { id: string } }>(
    t1,
    `mutation($input: StartConversationInput!) { startConversation(input: $input) { id } }`,
    { input: { networkId: netA.network.id, participantIds: [t2.user.id], body: m('A private note') } },
  );
  await gql(t2, `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }`, {
    input: { conversationId: conversation.startConversation.id, body: m('A private reply') },
  });
  const proposal = await gql<{ proposeGroup: { id: string } }>(
    t1,
    `mutation($i: ProposeGroupInput!) { proposeGroup(input: $i) { id } }`,
    {
      i: {
        networkId: netA.network.id,
        name: m('Proposed group'),
        focus: 'SUBJECT',
        subject: m('Geometry'),
        primeFocus: 'PEDAGOGY',
        reason: m('We teach proofs alone'),
        inviteeIds: [],
      },
    },
  );
  // A lesson study with a recording and an observation note, and a mentoring pair with a meeting.
  const observe = await observeContent(server, { net: netA, group, coordinator, teachers: [t1, t2], m, gql, personA });
  // An offered essay and a revealed calibration round with scores and a discussion.
  const [offered] = (await db.query(`SELECT id FROM submission WHERE exchange_id = $1 AND class_id = $2 ORDER BY id`, [
    exchangeId,
    class1.id,
  ])) as { id: string }[];
  const calibration = await calibrationContent({ group, teachers: [t1, t2], m, gql }, rubricId, offered.id, CRITERIA);
  const showcase = await showcaseContent({ net: netA, teachers: [t1, t2], m, gql }, published.id);
  const lti = await ltiContent({ net: netA, coordinator, m, gql });
  // A registered LMS with a course linked to the first class and the exchange placed in it (rosters, grades).
  await lmsContent(db, {
    net: netA,
    m,
    teacherId: t1.user.id,
    classId: class1.id,
    exchangeId,
    studentIds: students.slice(0, 2).map((s) => s.user.id),
  });
  await signInContent(db, netA, marker, class1.id);
  const notificationIds = (
    (await db.query(`SELECT id FROM notification WHERE network_id = $1`, [netA.network.id])) as { id: string }[]
  ).map((r) => r.id);
  students.push(studentOfDual);
  return {
    marker,
    a: {
      net: netA,
      coordinator,
      teachers: [t1, t2],
      students,
      classIds: [class1.id, class2.id, class3.id],
      joinCodes: [class1.joinCode, class2.joinCode, class3.joinCode],
      groupId: group.id,
      goalId: goal.createGoal.id,
      postIds: [question, reply, checkIn],
      unitIds: { published: published.id, draft: draft.id },
      documentIds,
      commentId: comment.addUnitComment.id,
      revisionId: revision.saveUnitRevision.id,
      versionId: version.unit.latestVersion.id,
      rubricId,
      anchorPaperId: anchorPaperId!,
      exchangeId,
      submissionIds,
      reviewIds,
      flagId: (flag as { id: string }[])[0].id,
      endorsementId: endorsed.endorseReview.id,
      conveningId,
      sessionId,
      invitationId: invitation.inviteMember.id,
      deactivatedMemberId: leaving.membership.id,
      notificationIds,
      conversationId: conversation.startConversation.id,
      proposalId: proposal.proposeGroup.id,
      ...observe,
      ...calibration,
      ...showcase,
      ...lti,
    },
    b: {
      net: netB,
      coordinator: coordinatorB,
      teacher: teacherB,
      groupId: groupB.id,
      unitId: unitB.id,
      rubricId: rubricB.createRubric.id,
      exchangeId: exchangeB.createExchange.id,
      conveningId: conveningB.createConvening.id,
      sessionId: sessionB.addConveningSession.id,
    },
    outsider,
    dual,
    dualTeacher: { ...dualTeacher, classId: class3.id },
  };
}
