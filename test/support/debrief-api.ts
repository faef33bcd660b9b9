import { createNetwork, createPerson, signIn, type TestNetwork } from './factories.js';
import type { TestServer } from './harness.js';
import { groupWithAuthors, ok, teacher, type Teacher } from './units-api.js';

/** GraphQL of the debrief API, as the client asks it. */
export const DEBRIEF = `query($id: ID!) { debrief(lessonStudyId: $id) { lessonStudyId round open currentStep
  viewerFacilitates viewerCanAccept
  steps { step label writers current done viewerCanWrite entries { id step body lookForId authorName } }
  revisions { id sectionId text status versionNumber proposedByName } } }`;
export const ADD_ENTRY = `mutation($input: AddDebriefEntryInput!) { addDebriefEntry(input: $input) { id step body lookForId } }`;
export const ADVANCE_DEBRIEF = `mutation($id: ID!) { advanceDebrief(lessonStudyId: $id) { currentStep } }`;
export const PROPOSE = `mutation($input: ProposeRevisionInput!) { proposePlanRevision(input: $input) { id status } }`;
export const DECIDE = `mutation($id: ID!, $agree: Boolean!) { decidePlanRevision(revisionId: $id, agree: $agree) { id status } }`;
export const ACCEPT = `mutation($id: ID!) { acceptPlanRevisions(lessonStudyId: $id) }`;
export const SHARE = `mutation($input: ShareLessonStudyInput!) { shareLessonStudy(input: $input) {
  lessonStudyId title reflection firstVersion latestVersion revisionsAccepted
  evidence { lookForId lookFor noteCount evidenceCount evidence } } }`;
export const RECORD = `query($id: ID!) { lessonStudyRecord(lessonStudyId: $id) { lessonStudyId title reflection unitId
  firstVersion latestVersion evidence { lookFor evidenceCount evidence }
  changes { from to sections { id changed changes { kind text } } } } }`;
export const RECORDS = `query($networkId: ID!, $unitId: ID) { lessonStudyRecords(networkId: $networkId, unitId: $unitId) {
  lessonStudyId title } }`;

const CREATE = `mutation($input: CreateLessonStudyInput!) { createLessonStudy(input: $input) { id planDocumentId } }`;
const LOOK_FORS = `mutation($input: SetLookForsInput!) { setLessonStudyLookFors(input: $input) { id lookForPoints { id text } } }`;
const NAME_ROLE = `mutation($input: NameLessonStudyRoleInput!) { nameLessonStudyRole(input: $input) { id } }`;
export const ADVANCE_CYCLE = `mutation($id: ID!, $to: LessonStudyPhase) { advanceLessonStudy(id: $id, to: $to) { id phase round } }`;

export interface Cycle {
  net: TestNetwork;
  id: string;
  planDocumentId: string;
  lookFors: { id: string; text: string }[];
  facilitator: Teacher;
  teacher: Teacher;
  observer: Teacher;
  friend: Teacher;
  /** A member of the group with no role in the cycle. */
  bystander: Teacher;
}

/**
 * A lesson study in a group of teachers from two schools: a facilitator, the teaching teacher, an
 * observer and a critical friend (from the other school), two look-for points, moved on to Debrief.
 */
export function cycleInDebrief(server: TestServer, opts: { unitId?: string; net?: TestNetwork } = {}): Promise<Cycle> {
  return cycleIn(server, 'DEBRIEF', opts);
}

/**
 * The same lesson study moved on to Teach only: the teaching teacher and the facilitator may upload
 * recordings, the observer, the critical friend and the facilitator write observation notes.
 */
export function cycleInTeach(server: TestServer, opts: { unitId?: string; net?: TestNetwork } = {}): Promise<Cycle> {
  return cycleIn(server, 'TEACH', opts);
}

async function cycleIn(
  server: TestServer,
  phase: 'TEACH' | 'DEBRIEF',
  opts: { unitId?: string; net?: TestNetwork },
): Promise<Cycle> {
  const net = opts.net ?? (await createNetwork(server.db, 2));
  const { group, authors } = await groupWithAuthors(server, net, 5);
  const [facilitator, teaching, observer, friend, bystander] = authors;
  const cycle = ok(
    await server.gql<{ createLessonStudy: { id: string; planDocumentId: string } }>(
      CREATE,
      {
        input: {
          groupId: group.id,
          title: 'The locked box',
          theme: 'Students explain their reasoning to each other',
          teacherId: teaching.person.user.id,
          unitId: opts.unitId ?? null,
        },
      },
      { token: facilitator.token },
    ),
  ).createLessonStudy;
  const lookFors = ok(
    await server.gql<{ setLessonStudyLookFors: { lookForPoints: { id: string; text: string }[] } }>(
      LOOK_FORS,
      {
        input: {
          lessonStudyId: cycle.id,
          lookFors: [{ text: 'How groups test a guess' }, { text: 'Who explains to whom' }],
        },
      },
      { token: facilitator.token },
    ),
  ).setLessonStudyLookFors.lookForPoints;
  for (const [who, role] of [
    [observer, 'OBSERVER'],
    [friend, 'CRITICAL_FRIEND'],
  ] as const)
    ok(
      await server.gql(
        NAME_ROLE,
        { input: { lessonStudyId: cycle.id, userId: who.person.user.id, role } },
        { token: facilitator.token },
      ),
    );
  for (const to of phase === 'TEACH' ? ['TEACH'] : ['TEACH', 'DEBRIEF'])
    ok(await server.gql(ADVANCE_CYCLE, { id: cycle.id, to }, { token: facilitator.token }));
  return {
    net,
    id: cycle.id,
    planDocumentId: cycle.planDocumentId,
    lookFors,
    facilitator,
    teacher: teaching,
    observer,
    friend,
    bystander,
  };
}

/** The outsiders every denial is tested with: a student of the network and another network's coordinator and teacher. */
export async function outsiders(server: TestServer, net: TestNetwork) {
  const other = await createNetwork(server.db, 1);
  const student = await createPerson(server.db, net, 'STUDENT');
  const coordinator = await createPerson(server.db, other, 'COORDINATOR');
  const stranger = await createPerson(server.db, other, 'TEACHER');
  return {
    student: await signIn(server, student.login),
    otherCoordinator: await signIn(server, coordinator.login),
    stranger: await signIn(server, stranger.login),
  };
}

export { teacher };

/** Runs a cycle's debrief to its last step: a reflection, one piece of evidence, a critical friend's comment. */
export async function debriefToRevisions(server: TestServer, c: Cycle): Promise<void> {
  const write = (t: Teacher, step: string, body: string, lookForId?: string) =>
    server.gql(ADD_ENTRY, { input: { lessonStudyId: c.id, step, body, lookForId } }, { token: t.token });
  const advance = () => server.gql(ADVANCE_DEBRIEF, { id: c.id }, { token: c.facilitator.token });
  ok(await write(c.teacher, 'TEACHER_REFLECTION', 'The launch took longer than planned.'));
  ok(await advance());
  ok(await write(c.observer, 'EVIDENCE', 'Group 3 tested two keys before asking for help.', c.lookFors[0].id));
  ok(await advance());
  ok(await write(c.friend, 'CRITICAL_FRIENDS', 'The launch left only ten minutes for the task.'));
  ok(await advance());
}

/** Proposes a revision (as `by`) and has the facilitator agree it; returns its id. */
export async function agreedRevision(
  server: TestServer,
  c: Cycle,
  by: Teacher,
  input: { sectionId: string; text: string; replacesSection?: boolean },
  agree = true,
): Promise<string> {
  const { id } = ok(
    await server.gql<{ proposePlanRevision: { id: string } }>(
      PROPOSE,
      { input: { lessonStudyId: c.id, replacesSection: false, ...input } },
      { token: by.token },
    ),
  ).proposePlanRevision;
  ok(await server.gql(DECIDE, { id, agree }, { token: c.facilitator.token }));
  return id;
}

export const PLAN_VERSION = `query($id: ID!, $n: Int!) { lessonPlanVersion(lessonStudyId: $id, number: $n) { id text } }`;
export const PLAN_COMPARISON = `query($id: ID!, $from: Int!, $to: Int) { lessonPlanComparison(lessonStudyId: $id, from: $from, to: $to) {
  id changed changes { kind text } } }`;
