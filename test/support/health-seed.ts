import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  addToGroup,
  createClass,
  createGroup,
  createNetwork,
  createPerson,
  type TestNetwork,
  type TestPerson,
} from './factories.js';

const DAY = 86400_000;

/** A period that ended a month ago, and moments before, inside and after it. */
export function healthPeriod(now = Date.now()) {
  return {
    from: new Date(now - 90 * DAY),
    to: new Date(now - 30 * DAY),
    before: new Date(now - 120 * DAY),
    inside: new Date(now - 60 * DAY),
    after: new Date(now - 10 * DAY),
  };
}

/** Raw rows for what has no API yet (or needs a date in the past). */
export function rawRows(db: DataSource) {
  const insert = async (table: string, row: Record<string, unknown>): Promise<string> => {
    const id = (row.id as string | undefined) ?? randomUUID();
    const cols = Object.keys({ id, ...row });
    const values = Object.values({ id, ...row });
    await db.query(
      `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})`,
      values,
    );
    return id;
  };
  return {
    insert,
    signInAt: (person: TestPerson, at: Date) =>
      insert('session', {
        user_id: person.user.id,
        token_hash: randomBytes(32).toString('hex'),
        created_at: at,
        expires_at: new Date(at.getTime() + 30 * DAY),
      }),
    post: (
      groupId: string,
      author: TestPerson,
      at: Date,
      opts: { kind?: string; parentId?: string; deleted?: boolean } = {},
    ) =>
      insert('post', {
        group_id: groupId,
        author_id: author.user.id,
        kind: opts.kind ?? 'QUESTION',
        parent_id: opts.parentId ?? null,
        body: 'A post',
        created_at: at,
        deleted_at: opts.deleted ? at : null,
      }),
    groupActivity: (groupId: string, actor: TestPerson, at: Date) =>
      insert('group_activity', {
        group_id: groupId,
        actor_id: actor.user.id,
        kind: 'JOINED',
        summary: 'joined the group',
        created_at: at,
      }),
    /** A unit on its own document; returns both ids. */
    unit: async (
      net: TestNetwork,
      groupId: string,
      author: TestPerson,
      opts: { title: string; status: string; createdAt: Date },
    ) => {
      const unitId = randomUUID();
      const documentId = await insert('document', { kind: 'UNIT', owner_id: unitId, state: Buffer.alloc(0) });
      await insert('unit', {
        id: unitId,
        network_id: net.network.id,
        group_id: groupId,
        document_id: documentId,
        title: opts.title,
        status: opts.status,
        created_by_id: author.user.id,
        created_at: opts.createdAt,
      });
      return { unitId, documentId };
    },
    edit: (documentId: string, author: TestPerson, at: Date) =>
      db.query(`INSERT INTO document_update (document_id, update, author_id, created_at) VALUES ($1, $2, $3, $4)`, [
        documentId,
        Buffer.from([0, 0]),
        author.user.id,
        at,
      ]),
    contributor: (documentId: string, person: TestPerson, first: Date, last: Date) =>
      db.query(
        `INSERT INTO document_contributor (document_id, user_id, edits, first_edited_at, last_edited_at) VALUES ($1, $2, 3, $3, $4)`,
        [documentId, person.user.id, first, last],
      ),
  };
}

/** Memberships made by the factories date from now: move them before the period. */
export async function backdateMemberships(db: DataSource, net: TestNetwork, at: Date) {
  await db.query(`UPDATE membership SET created_at = $2 WHERE network_id = $1`, [net.network.id, at]);
}

/**
 * The seeded network of the hand counts in network-health-figures-match-hand-counts.test.ts: two schools, activity before, inside and after
 * the period, and look-alike activity in another network.
 */
export async function seedHealthNetwork(db: DataSource) {
  const p = healthPeriod();
  const raw = rawRows(db);
  const net = await createNetwork(db, 2);
  const [s1, s2] = net.schools;
  const person = (role: 'COORDINATOR' | 'TEACHER' | 'ADMINISTRATOR' | 'STUDENT', name: string, school = s1) =>
    createPerson(db, net, role, { name, school: role === 'COORDINATOR' ? null : school });
  const coord = await person('COORDINATOR', 'Cora Coordinator');
  const tA1 = await person('TEACHER', 'Ann Active');
  const tA2 = await person('TEACHER', 'Abe Asleep');
  const adA = await person('ADMINISTRATOR', 'Ada Admin');
  const sA1 = await person('STUDENT', 'Sam Studentone');
  const sA2 = await person('STUDENT', 'Sue Studenttwo');
  const tB1 = await person('TEACHER', 'Ben Editor', s2);
  const tB2 = await person('TEACHER', 'Bea Contributor', s2);
  const tB3 = await createPerson(db, net, 'TEACHER', { name: 'Bob Gone', school: s2, status: 'DEACTIVATED' });
  const sB1 = await person('STUDENT', 'Sid Studentthree', s2);
  const sB2 = await person('STUDENT', 'Sal Studentfour', s2);
  await backdateMemberships(db, net, p.before);
  // Joined after the period: not a member then, isolated today.
  const tB4 = await person('TEACHER', 'Bo Newcomer', s2);

  // Groups: G4 archived before the period, G5 created after it.
  const algebra = await createGroup(db, net, { name: 'Algebra' });
  const biology = await createGroup(db, net, { name: 'Biology', subject: 'Science' });
  const chemistry = await createGroup(db, net, { name: 'Chemistry', subject: 'Science' });
  const drama = await createGroup(db, net, { name: 'Drama', subject: 'Arts', archivedAt: p.before });
  await createGroup(db, net, { name: 'Earth science', subject: 'Science' });
  await db.query(`UPDATE "group" SET created_at = $2 WHERE id = ANY($1)`, [
    [algebra.id, biology.id, chemistry.id, drama.id],
    p.before,
  ]);
  await db.query(`UPDATE "group" SET last_activity_at = now() - interval '45 days' WHERE id = $1`, [biology.id]);
  for (const m of [tA1, tB1, tB2]) await addToGroup(db, algebra, m);
  await addToGroup(db, biology, tA2);
  await addToGroup(db, chemistry, adA);

  // Posts: Algebra 1 question + 1 reply + 1 check-in inside; deleted and out-of-period posts do not count.
  await raw.post(algebra.id, tA1, p.inside);
  const checkIn = await raw.post(algebra.id, tA1, p.inside, { kind: 'CHECK_IN' });
  await raw.post(algebra.id, tA1, p.inside, { kind: 'CHECK_IN', parentId: checkIn });
  await raw.post(algebra.id, tA1, p.inside, { deleted: true });
  await raw.post(biology.id, tA2, p.before);
  await raw.post(biology.id, tA2, p.after);
  await raw.post(chemistry.id, tA1, p.inside, { kind: 'RESOURCE' });
  await raw.post(drama.id, tA1, p.inside);
  await raw.groupActivity(chemistry.id, adA, p.inside);
  await raw.groupActivity(biology.id, coord, p.before);
  // Sign-ins: the administrator inside; the deactivated teacher's does not make a member.
  await raw.signInAt(adA, p.inside);
  await raw.signInAt(tB3, p.inside);
  await raw.signInAt(tA2, p.after);

  // Units: U1 cross-school (S2 edit inside, S1 contribution before); U2 both authors of S2.
  const u1 = await raw.unit(net, algebra.id, tB1, {
    title: 'Linear equations',
    status: 'DRAFT',
    createdAt: p.before,
  });
  await raw.edit(u1.documentId, tB1, p.inside);
  await raw.contributor(u1.documentId, tA1, p.before, p.before);
  const u2 = await raw.unit(net, algebra.id, tB2, { title: 'Quadratics', status: 'PUBLISHED', createdAt: p.before });
  await raw.contributor(u2.documentId, tB2, p.before, p.inside);
  await raw.contributor(u2.documentId, tB1, p.before, p.before);
  const u3 = await raw.unit(net, chemistry.id, adA, { title: 'Titration', status: 'IN_REVIEW', createdAt: p.before });
  await raw.contributor(u3.documentId, adA, p.before, p.before);
  await raw.contributor(u3.documentId, coord, p.before, p.before);
  const u4 = await raw.unit(net, algebra.id, tA1, { title: 'Late unit', status: 'DRAFT', createdAt: new Date() });
  await raw.contributor(u4.documentId, tA1, new Date(), new Date());
  await raw.contributor(u4.documentId, tB1, new Date(), new Date());

  // Exchange X1 running through the period; drafts, finished and later exchanges do not count.
  const cA = await createClass(db, net, tA1, [sA1, sA2]);
  const cB = await createClass(db, net, tB1, [sB1, sB2]);
  const exchange = (title: string, phase: string, createdAt: Date, releaseAt: Date) =>
    raw.insert('exchange', {
      network_id: net.network.id,
      owner_id: tA1.user.id,
      title,
      prompt: 'Argue',
      rubric_id: crypto.randomUUID(),
      anonymity: 'DOUBLE_BLIND',
      submission_due_at: p.inside,
      review_due_at: p.after,
      feedback_release_at: releaseAt,
      phase,
      pseudonym_seed: 7,
      created_at: createdAt,
    });
  const x1 = await exchange('Argument essays', 'REVIEW', p.before, p.after);
  await exchange('Draft exchange', 'DRAFT', p.before, p.after);
  await exchange('Last spring', 'CLOSED', new Date(p.before.getTime() - 90 * 86400_000), p.before);
  await exchange('Next exchange', 'SUBMISSION', new Date(), p.after);
  for (const [cls, school] of [
    [cA, s1],
    [cB, s2],
  ] as const)
    await raw.insert('exchange_class', { exchange_id: x1, class_id: cls.id, school_id: school.id, status: 'JOINED' });
  await raw.insert('exchange_class', { exchange_id: x1, status: 'INVITED', invited_teacher_id: tB2.user.id });
  const submission = (student: TestPerson, cls: { id: string }, school: { id: string }, status: string, at: Date) =>
    raw.insert('submission', {
      exchange_id: x1,
      student_id: student.user.id,
      class_id: cls.id,
      school_id: school.id,
      pseudonym: `Writer ${student.user.id.slice(0, 6)}`,
      status,
      submitted_at: status === 'SUBMITTED' ? at : null,
      created_at: p.before,
      updated_at: at,
    });
  const subA1 = await submission(sA1, cA, s1, 'SUBMITTED', p.inside);
  const subB1 = await submission(sB1, cB, s2, 'SUBMITTED', p.before);
  await submission(sA2, cA, s1, 'DRAFT', p.before);
  const review = (
    submissionId: string,
    reviewer: TestPerson,
    status: string,
    started: Date | null,
    done: Date | null,
  ) =>
    raw.insert('peer_review', {
      exchange_id: x1,
      submission_id: submissionId,
      reviewer_id: reviewer.user.id,
      status,
      started_at: started,
      submitted_at: done,
    });
  await review(subA1, sB1, 'STARTED', p.inside, null);
  await review(subA1, sB2, 'REASSIGNED', null, null);
  await review(subA1, sA2, 'SUBMITTED', p.after, p.after);
  await review(subB1, sA1, 'SUBMITTED', p.inside, p.inside);

  // Convenings: K1 published and starting inside; a draft and a later one do not count.
  const convening = (title: string, status: string, startsAt: Date) =>
    raw.insert('convening', {
      network_id: net.network.id,
      title,
      season: 'FALL',
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + 86400_000),
      time_zone: 'America/Anchorage',
      venue: 'Gym',
      registration_deadline: startsAt,
      status,
      created_by_id: coord.user.id,
    });
  const k1 = await convening('Fall convening', 'PUBLISHED', p.inside);
  const k2 = await convening('Draft convening', 'DRAFT', p.inside);
  await convening('Spring convening', 'PUBLISHED', p.after);
  const register = (conveningId: string, who: TestPerson, status: string, at: Date) =>
    raw.insert('convening_registration', {
      convening_id: conveningId,
      user_id: who.user.id,
      status,
      created_at: at,
      updated_at: at,
    });
  await register(k1, tA1, 'GOING', p.before);
  await register(k1, tB1, 'GOING', p.before);
  // The coordinator's only sign of life in the period: registering.
  await register(k1, coord, 'GOING', p.inside);
  await register(k1, tA2, 'MAYBE', p.before);
  await register(k1, tB2, 'NOT_GOING', p.before);
  await register(k2, tA2, 'GOING', p.before);
  const session = (conveningId: string, title: string, capacity: number | null) =>
    raw.insert('convening_session', {
      convening_id: conveningId,
      kind: 'PLENARY',
      title,
      starts_at: p.inside,
      ends_at: p.inside,
      capacity,
      notes_document_id: crypto.randomUUID(),
    });
  const seat = (sessionId: string, who: TestPerson, status: string, checkedIn: Date | null) =>
    raw.insert('session_seat', {
      session_id: sessionId,
      user_id: who.user.id,
      status,
      created_at: p.before,
      checked_in_at: checkedIn,
    });
  const opening = await session(k1, 'Opening', 2);
  const math = await session(k1, 'Algebra job-alike', null);
  await session(k1, 'Social', null);
  await seat(opening, tA1, 'CONFIRMED', p.inside);
  await seat(opening, tB1, 'CONFIRMED', null);
  await seat(opening, coord, 'WAITLISTED', null);
  await seat(math, tA1, 'CONFIRMED', p.inside);
  await seat(math, tB1, 'CONFIRMED', p.inside);

  // Another network with look-alike activity inside the period.
  const other: TestNetwork = await createNetwork(db, 2);
  const outsider = await createPerson(db, other, 'TEACHER', { school: other.schools[0] });
  const otherOne = await createPerson(db, other, 'TEACHER', { school: other.schools[1] });
  const otherGroup = await createGroup(db, other, { name: 'Algebra' });
  await raw.post(otherGroup.id, outsider, p.inside);
  const u5 = await raw.unit(other, otherGroup.id, outsider, {
    title: 'Elsewhere',
    status: 'DRAFT',
    createdAt: p.before,
  });
  await raw.contributor(u5.documentId, outsider, p.inside, p.inside);
  await raw.contributor(u5.documentId, otherOne, p.inside, p.inside);

  return { p, net, s1, s2, coord, tA1, tA2, tB4, students: [sA1, sA2, sB1, sB2], other };
}
