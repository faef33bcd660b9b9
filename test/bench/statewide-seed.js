/**
 * A statewide network in set-based SQL (generate_series, temporary tables; seconds, not minutes):
 * 300 schools, 6,000 adults (a coordinator, a principal per school, teachers), 40,000 students in
 * 1,600 classes (username accounts with no email, a STUDENT membership of their class's school),
 * 600 job-alike groups of 20 teachers from 20 schools (one group in ten quiet for the whole school
 * year), goals, posts and replies, group activity, 2,400 units (live documents with a log and
 * contributors, comments), 20 rubrics and 20 exchanges over every class (essays under per-exchange
 * pseudonyms, three reviews each from other schools), two convenings with sessions, registrations and
 * seats, and sign-ins (sessions) of adults and students — everything the network health page reads,
 * spread over the last 120 days. Every adult's and student's password is `STATEWIDE_PASSWORD`.
 *
 * `seedStatewide(client)` takes a connected pg client on a migrated, empty-enough database and
 * returns `{ networkId, coordinatorEmail, drafts: [{ documentId, members }] (each group's draft unit and
 * its first ten members, in group order), counts, ms }`.
 */
import { Algorithm, hash } from '@node-rs/argon2';
import * as Y from 'yjs';
import { UNIT_SECTIONS, pseudonymFor } from '@switchback/shared';

export const STATEWIDE_PASSWORD = 'statewide password';
export const STATEWIDE = {
  schools: 300,
  adults: 6000,
  students: 40000,
  classes: 1600,
  groups: 600,
  groupSize: 20,
  unitsPerGroup: 4,
  exchanges: 20,
};
const SUBJECTS = ['Mathematics', 'English Language Arts', 'Science', 'Social Studies', 'Art', 'Music'];
const STATES = [
  ['WA', 'America/Los_Angeles'],
  ['OR', 'America/Los_Angeles'],
  ['ID', 'America/Boise'],
  ['MT', 'America/Denver'],
  ['AK', 'America/Anchorage'],
];
const CRITERIA = ['Claim', 'Evidence', 'Organisation', 'Conventions'].map((title, i) => ({
  id: `c${i + 1}`,
  title,
  description: `${title} of the essay.`,
  weight: 1,
  levels: ['Beginning', 'Developing', 'Proficient', 'Advanced'].map((label, j) => ({
    points: j + 1,
    label,
    descriptor: `${label} ${title.toLowerCase()}.`,
  })),
}));

/** A real Yjs update (a paragraph in a unit section), the bytes every seeded log row carries. */
function unitUpdate() {
  const doc = new Y.Doc();
  doc.clientID = 424242;
  const section = UNIT_SECTIONS.find((s) => s.id === 'lessons')?.id ?? UNIT_SECTIONS[0].id;
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  doc.getXmlFragment(section).push([paragraph]);
  paragraph.push([text]);
  text.insert(0, 'Students compare two local watersheds and present findings.');
  return Buffer.from(Y.encodeStateAsUpdate(doc));
}

export async function seedStatewide(db) {
  const started = performance.now();
  const S = STATEWIDE;
  const teachers = S.adults - 1 - S.schools;
  const passwordHash = await hash(STATEWIDE_PASSWORD, { algorithm: Algorithm.Argon2id });
  const q = async (sql, params) => {
    const t = performance.now();
    const r = await db.query(sql, params);
    if (process.env.STATEWIDE_SEED_LOG)
      console.log(`${(performance.now() - t).toFixed(0)} ms ${sql.trim().slice(0, 60)}`);
    return r;
  };
  await q('BEGIN');
  const {
    rows: [net],
  } =
    await q(`INSERT INTO network (slug, name, created_at) VALUES ('statewide', 'Statewide network', now() - interval '400 days')
               RETURNING id`);
  const N = net.id;

  // Schools, adults (n = 1 coordinator, 2..301 a principal per school, the rest teachers), students.
  await q(
    `CREATE TEMP TABLE sw_school ON COMMIT DROP AS
       SELECT g AS k, gen_random_uuid() AS id, ($2::text[])[1 + g % 5] AS state, ($3::text[])[1 + g % 5] AS tz
         FROM generate_series(1, $1) g`,
    [S.schools, STATES.map((s) => s[0]), STATES.map((s) => s[1])],
  );
  await q(
    `INSERT INTO school (id, network_id, name, state, locality, time_zone, created_at)
     SELECT id, $1, 'School ' || k, state, 'Town ' || k, tz, now() - interval '400 days' FROM sw_school`,
    [N],
  );
  await q(
    `CREATE TEMP TABLE sw_adult ON COMMIT DROP AS
       SELECT g AS n, gen_random_uuid() AS id,
              CASE WHEN g = 1 THEN 'COORDINATOR' WHEN g <= $2 + 1 THEN 'ADMINISTRATOR' ELSE 'TEACHER' END AS role,
              CASE WHEN g = 1 THEN NULL ELSE 1 + g % $2 END AS school_k,
              CASE WHEN g > $2 + 1 THEN g - $2 - 1 END AS t
         FROM generate_series(1, $1) g`,
    [S.adults, S.schools],
  );
  await q(`CREATE INDEX ON sw_adult (t)`);
  await q(
    `INSERT INTO "user" (id, email, display_name, password_hash, created_at)
     SELECT id, 'adult' || n || '@statewide.bench', 'Adult ' || n, $1, now() - interval '400 days' FROM sw_adult`,
    [passwordHash],
  );
  await q(
    `INSERT INTO membership (user_id, network_id, school_id, role, subjects, grade_levels, created_at)
     SELECT a.id, $1, s.id, a.role, CASE WHEN a.role = 'TEACHER' THEN ARRAY[($2::text[])[1 + a.n % 6]] ELSE '{}' END,
            ARRAY['6','7','8'], now() - interval '300 days'
       FROM sw_adult a LEFT JOIN sw_school s ON s.k = a.school_k`,
    [N, SUBJECTS],
  );
  // Classes: teacher t teaches class t (the first 1,600 teachers), at their school.
  await q(
    `CREATE TEMP TABLE sw_class ON COMMIT DROP AS
       SELECT a.t AS k, gen_random_uuid() AS id, a.id AS teacher_id, s.id AS school_id
         FROM sw_adult a JOIN sw_school s ON s.k = a.school_k WHERE a.t BETWEEN 1 AND $1`,
    [S.classes],
  );
  await q(
    `INSERT INTO class (id, network_id, school_id, teacher_id, name, subject, grade_level, join_code, created_at)
     SELECT id, $1, school_id, teacher_id, 'Class ' || k, ($2::text[])[1 + k % 6], '7', 'SW' || lpad(k::text, 6, '0'),
            now() - interval '150 days'
       FROM sw_class`,
    [N, SUBJECTS],
  );
  await q(
    `CREATE TEMP TABLE sw_student ON COMMIT DROP AS
       SELECT g AS n, gen_random_uuid() AS id, c.id AS class_id, c.school_id, c.k AS class_k
         FROM generate_series(1, $1) g JOIN sw_class c ON c.k = 1 + g % $2`,
    [S.students, S.classes],
  );
  await q(
    `INSERT INTO "user" (id, username, display_name, password_hash, created_at)
     SELECT id, 'sw-' || n, 'Student ' || n, $1, now() - interval '150 days' FROM sw_student`,
    [passwordHash],
  );
  await q(
    `INSERT INTO membership (user_id, network_id, school_id, role, created_at)
     SELECT id, $1, school_id, 'STUDENT', now() - interval '150 days' FROM sw_student`,
    [N],
  );
  await q(
    `INSERT INTO enrollment (class_id, student_id, created_at) SELECT class_id, id, now() - interval '150 days' FROM sw_student`,
  );

  // Groups: 20 teachers each, from 20 schools; every tenth group quiet all year.
  await q(
    `CREATE TEMP TABLE sw_group ON COMMIT DROP AS
       SELECT g AS k, gen_random_uuid() AS id, g % 10 = 0 AS quiet FROM generate_series(1, $1) g`,
    [S.groups],
  );
  await q(
    `INSERT INTO "group" (id, network_id, name, focus, subject, description, prime_focus, access, created_at, last_activity_at)
     SELECT id, $1, 'Group ' || k, 'SUBJECT', ($2::text[])[1 + k % 6], 'A statewide job-alike group',
            (ARRAY['CURRICULUM','PEDAGOGY','EVALUATION'])[1 + k % 3], 'OPEN', now() - interval '300 days',
            CASE WHEN quiet THEN now() - interval '200 days' ELSE now() - (k % 5) * interval '1 day' END
       FROM sw_group`,
    [N, SUBJECTS],
  );
  await q(
    `CREATE TEMP TABLE sw_member ON COMMIT DROP AS
       SELECT g.k AS group_k, g.id AS group_id, g.quiet, j, a.id AS user_id
         FROM sw_group g CROSS JOIN generate_series(0, $1 - 1) j
         JOIN sw_adult a ON a.t = 1 + ((g.k - 1) * 10 + j) % $2`,
    [S.groupSize, teachers],
  );
  await q(`CREATE INDEX ON sw_member (group_k, j)`);
  await q(
    `INSERT INTO group_member (group_id, network_id, user_id, role, status, created_at)
     SELECT group_id, $1, user_id, CASE WHEN j = 0 THEN 'FACILITATOR' ELSE 'MEMBER' END, 'ACTIVE', now() - interval '300 days'
       FROM sw_member`,
    [N],
  );
  await q(
    `INSERT INTO goal (group_id, statement, success_criteria, status, created_by_id, created_at)
     SELECT m.group_id, 'Goal ' || i || ' of group ' || m.group_k, 'Criteria', 'ACTIVE', m.user_id, now() - interval '100 days'
       FROM sw_member m CROSS JOIN generate_series(1, 2) i WHERE m.j = 0`,
  );
  // 60 posts and 20 replies per active group over the last 120 days; group activity.
  await q(
    `INSERT INTO post (group_id, author_id, kind, body, created_at)
     SELECT m.group_id, m.user_id, (ARRAY['CHECK_IN','QUESTION','RESOURCE','CELEBRATION'])[1 + i % 4],
            'Post ' || i || ' of group ' || m.group_k || ' with a few words in it', now() - (i * 2) * interval '1 day' - m.j * interval '7 minutes'
       FROM generate_series(1, 60) i JOIN sw_member m ON m.j = i % $1 AND NOT m.quiet`,
    [S.groupSize],
  );
  await q(
    `INSERT INTO post (group_id, author_id, kind, body, parent_id, created_at)
     SELECT p.group_id, m.user_id, p.kind, 'A reply', p.id, p.created_at + interval '1 hour'
       FROM (SELECT p.*, row_number() OVER (PARTITION BY p.group_id ORDER BY p.created_at DESC) AS r
               FROM post p JOIN sw_group g ON g.id = p.group_id WHERE p.parent_id IS NULL) p
       JOIN sw_group g ON g.id = p.group_id
       JOIN sw_member m ON m.group_k = g.k AND m.j = (p.r * 3) % $1
      WHERE p.r <= 20`,
    [S.groupSize],
  );
  await q(
    `INSERT INTO group_activity (group_id, actor_id, kind, summary, created_at)
     SELECT m.group_id, m.user_id, 'POSTED', 'posted in the group', now() - (i * 4) * interval '1 day'
       FROM generate_series(1, 30) i JOIN sw_member m ON m.j = (i * 7) % $1 AND NOT m.quiet`,
    [S.groupSize],
  );

  // Units: 4 per group (the first a draft), each a live document with 10 log rows and 3 contributors.
  const update = unitUpdate();
  const empty = Buffer.from(Y.encodeStateAsUpdate(new Y.Doc()));
  await q(
    `CREATE TEMP TABLE sw_unit ON COMMIT DROP AS
       SELECT g.k AS group_k, g.id AS group_id, g.quiet, u AS i, gen_random_uuid() AS id, gen_random_uuid() AS document_id,
              (SELECT user_id FROM sw_member m WHERE m.group_k = g.k AND m.j = u) AS created_by
         FROM sw_group g CROSS JOIN generate_series(0, $1 - 1) u`,
    [S.unitsPerGroup],
  );
  await q(
    `INSERT INTO document (id, kind, owner_id, state, text, created_at, updated_at)
     SELECT document_id, 'UNIT', id, $1, '', now() - interval '200 days', now() FROM sw_unit`,
    [empty],
  );
  await q(
    `INSERT INTO unit (id, network_id, group_id, document_id, title, subject, grade_band, status, created_by_id,
                       published_at, created_at)
     SELECT id, $1, group_id, document_id, 'Unit ' || i || ' of group ' || group_k, 'Science', '6-8',
            (ARRAY['DRAFT','IN_REVIEW','PUBLISHED','ARCHIVED'])[1 + i],
            created_by, CASE WHEN i = 2 THEN now() - interval '30 days' END, now() - interval '200 days'
       FROM sw_unit`,
    [N],
  );
  await q(
    `INSERT INTO document_update (document_id, update, author_id, created_at)
     SELECT u.document_id, $1, m.user_id, now() - (r * 9 + u.i) * interval '1 day'
       FROM sw_unit u CROSS JOIN generate_series(1, 10) r
       JOIN sw_member m ON m.group_k = u.group_k AND m.j = (u.i + r) % $2
      WHERE NOT u.quiet`,
    [update, S.groupSize],
  );
  await q(
    `INSERT INTO document_contributor (document_id, user_id, edits, first_edited_at, last_edited_at)
     SELECT u.document_id, m.user_id, 40 + c * 5, now() - interval '190 days',
            CASE WHEN u.quiet THEN now() - interval '180 days' ELSE now() - (c + u.i) * interval '3 days' END
       FROM sw_unit u CROSS JOIN generate_series(0, 2) c
       JOIN sw_member m ON m.group_k = u.group_k AND m.j = (u.i * 3 + c * 5) % $1`,
    [S.groupSize],
  );
  await q(
    `INSERT INTO unit_comment (unit_id, section_id, kind, body, author_id, created_at)
     SELECT u.id, 'lessons', (ARRAY['WARM','COOL','CLARIFYING','SUGGESTION'])[1 + c], 'A comment', m.user_id,
            now() - (c * 11 + u.i) * interval '1 day'
       FROM sw_unit u CROSS JOIN generate_series(0, 1) c
       JOIN sw_member m ON m.group_k = u.group_k AND m.j = (u.i + c * 9 + 2) % $1
      WHERE NOT u.quiet`,
    [S.groupSize],
  );

  // Rubrics and exchanges: class k takes part in exchange 1 + k % 20; 1–5 closed, 6–15 in review, 16–20 open.
  await q(
    `CREATE TEMP TABLE sw_exchange ON COMMIT DROP AS
       SELECT e AS k, gen_random_uuid() AS id, gen_random_uuid() AS rubric_id,
              (SELECT teacher_id FROM sw_class c WHERE c.k = e) AS owner_id,
              CASE WHEN e <= 5 THEN 'CLOSED' WHEN e <= 15 THEN 'REVIEW' ELSE 'SUBMISSION' END AS phase,
              e * 7919 AS seed
         FROM generate_series(1, $1) e`,
    [S.exchanges],
  );
  await q(
    `INSERT INTO rubric (id, network_id, owner_id, title, criteria, version, root_id, locked_at, created_at)
     SELECT rubric_id, $1, owner_id, 'Argument rubric ' || k, $2::jsonb, 1, rubric_id, now() - interval '100 days',
            now() - interval '110 days'
       FROM sw_exchange`,
    [N, JSON.stringify(CRITERIA)],
  );
  await q(
    `INSERT INTO exchange (id, network_id, owner_id, title, prompt, rubric_id, reviews_per_submission, anonymity,
                           submission_due_at, review_due_at, feedback_release_at, phase, phase_changed_at, pseudonym_seed,
                           created_at, reviews_allocated_at)
     SELECT id, $1, owner_id, 'Exchange ' || k, 'Should our town build a new library?', rubric_id, 3, 'DOUBLE_BLIND',
            due, due + interval '10 days', due + interval '14 days', phase, due, seed, now() - interval '100 days',
            CASE WHEN phase <> 'SUBMISSION' THEN due END
       FROM (SELECT x.*, CASE x.phase WHEN 'CLOSED' THEN now() - interval '60 days'
                                      WHEN 'REVIEW' THEN now() - interval '5 days'
                                      ELSE now() + interval '10 days' END AS due FROM sw_exchange x) x`,
    [N],
  );
  await q(
    `INSERT INTO exchange_class (exchange_id, class_id, school_id, added_by_id, status, created_at)
     SELECT x.id, c.id, c.school_id, c.teacher_id, 'JOINED', now() - interval '95 days'
       FROM sw_class c JOIN sw_exchange x ON x.k = 1 + c.k % $1`,
    [S.exchanges],
  );
  // Pseudonyms as the app makes them (per exchange, from its seed), handed in as one array.
  const perExchange = Math.ceil(S.students / S.exchanges) + S.classes;
  const pseudonyms = [];
  for (let e = 1; e <= S.exchanges; e++)
    for (let i = 0; i < perExchange; i++) pseudonyms.push(pseudonymFor(e * 7919, i));
  await q(
    `CREATE TEMP TABLE sw_pseudonym ON COMMIT DROP AS SELECT p AS pseudonym, i::int AS i FROM unnest($1::text[]) WITH ORDINALITY AS t(p, i)`,
    [pseudonyms],
  );
  await q(`CREATE UNIQUE INDEX ON sw_pseudonym (i)`);
  await q(
    `INSERT INTO submission (exchange_id, student_id, class_id, school_id, pseudonym, body, submitted_body, status,
                             submitted_at, created_at, updated_at)
     SELECT x.id, s.id, s.class_id, s.school_id, (SELECT pseudonym FROM sw_pseudonym WHERE i = (x.k - 1) * $1 + s.r),
            'My essay about the library.', CASE WHEN s.submitted THEN 'My essay about the library.' END,
            CASE WHEN s.submitted THEN 'SUBMITTED' ELSE 'DRAFT' END,
            CASE WHEN s.submitted THEN now() - interval '70 days' + (s.n % 60) * interval '1 day' END,
            CASE WHEN s.submitted THEN now() - interval '90 days' ELSE now() - interval '200 days' END,
            CASE WHEN s.submitted THEN now() - (s.n % 80) * interval '1 day' ELSE now() - interval '200 days' END
       FROM (SELECT s.*, row_number() OVER (PARTITION BY 1 + s.class_k % $2 ORDER BY s.n) AS r,
                    s.n % 20 < 17 AS submitted
               FROM sw_student s) s
       JOIN sw_exchange x ON x.k = 1 + s.class_k % $2`,
    [perExchange, S.exchanges],
  );
  // Three reviews per submitted essay of a closed or reviewing exchange, by students a quarter, half and
  // three quarters further round the exchange's essays in school order (so from other schools).
  await q(
    `CREATE TEMP TABLE sw_essay ON COMMIT DROP AS
       SELECT sub.id, sub.exchange_id, sub.student_id, x.phase,
              (row_number() OVER (PARTITION BY sub.exchange_id ORDER BY sub.school_id, sub.id) - 1)::int AS r,
              (count(*) OVER (PARTITION BY sub.exchange_id))::int AS total
         FROM submission sub JOIN sw_exchange x ON x.id = sub.exchange_id
        WHERE sub.status = 'SUBMITTED' AND x.phase <> 'SUBMISSION'`,
  );
  await q(`CREATE UNIQUE INDEX ON sw_essay (exchange_id, r)`);
  await q(`ANALYZE sw_essay`);
  await q(
    `INSERT INTO peer_review (exchange_id, submission_id, reviewer_id, status, score, started_at, submitted_at, assigned_at, updated_at)
     SELECT a.exchange_id, a.id, b.student_id, st.status,
            CASE WHEN st.status = 'SUBMITTED' THEN 2 + (a.r % 3) END,
            CASE WHEN st.status <> 'ASSIGNED' THEN now() - interval '4 days' END,
            CASE WHEN st.status = 'SUBMITTED' THEN now() - interval '3 days' + (a.r % 48) * interval '1 hour' END,
            now() - interval '5 days', now()
       FROM sw_essay a CROSS JOIN generate_series(1, 3) i
       JOIN sw_essay b ON b.exchange_id = a.exchange_id AND b.r = (a.r + (a.total * i) / 4) % a.total
       CROSS JOIN LATERAL (SELECT CASE WHEN a.phase = 'CLOSED' THEN (CASE WHEN (a.r + i) % 10 = 0 THEN 'ASSIGNED' ELSE 'SUBMITTED' END)
                                       ELSE (ARRAY['ASSIGNED','STARTED','SUBMITTED','SUBMITTED'])[1 + (a.r + i) % 4] END AS status) st`,
  );

  // Convenings: the fall one (in the period) and the spring one (ahead), 40 sessions each.
  const coordinator = `(SELECT id FROM sw_adult WHERE n = 1)`;
  await q(
    `CREATE TEMP TABLE sw_convening ON COMMIT DROP AS
       SELECT c AS k, gen_random_uuid() AS id,
              CASE c WHEN 1 THEN now() - interval '60 days' ELSE now() + interval '100 days' END AS starts_at
         FROM generate_series(1, 2) c`,
  );
  await q(
    `INSERT INTO convening (id, network_id, title, season, starts_at, ends_at, time_zone, venue, host_school_id,
                            registration_deadline, status, published_at, created_by_id, created_at)
     SELECT c.id, $1, CASE c.k WHEN 1 THEN 'Fall convening' ELSE 'Spring convening' END,
            CASE c.k WHEN 1 THEN 'FALL' ELSE 'SPRING' END, c.starts_at, c.starts_at + interval '2 days',
            'America/Los_Angeles', 'Convention centre', (SELECT id FROM sw_school WHERE k = 1),
            c.starts_at - interval '14 days', 'PUBLISHED', c.starts_at - interval '60 days', ${coordinator},
            c.starts_at - interval '90 days'
       FROM sw_convening c`,
    [N],
  );
  await q(
    `CREATE TEMP TABLE sw_session ON COMMIT DROP AS
       SELECT c.k AS convening_k, c.id AS convening_id, c.starts_at, s AS k, gen_random_uuid() AS id,
              gen_random_uuid() AS document_id, (SELECT id FROM sw_group g WHERE g.k = s) AS group_id
         FROM sw_convening c CROSS JOIN generate_series(1, 40) s`,
  );
  await q(
    `INSERT INTO document (id, kind, owner_id, state, text) SELECT document_id, 'SESSION_NOTES', id, $1, '' FROM sw_session`,
    [empty],
  );
  await q(
    `INSERT INTO convening_session (id, convening_id, kind, title, group_id, starts_at, ends_at, room, capacity,
                                    notes_document_id, created_at, updated_at)
     SELECT id, convening_id, 'JOB_ALIKE', 'Session ' || k, group_id, starts_at + (k % 8) * interval '1 hour',
            starts_at + (k % 8 + 1) * interval '1 hour', 'Room ' || k, 80, document_id, now() - interval '120 days', now()
       FROM sw_session`,
  );
  await q(
    `INSERT INTO convening_registration (convening_id, user_id, status, created_at, updated_at)
     SELECT c.id, a.id, (ARRAY['GOING','GOING','GOING','GOING','GOING','GOING','GOING','MAYBE','NOT_GOING','NOT_GOING'])[1 + a.n % 10],
            c.starts_at - interval '40 days', c.starts_at - interval '30 days'
       FROM sw_convening c JOIN sw_adult a ON (c.k = 1 AND a.n <= 4000) OR (c.k = 2 AND a.n <= 1000)`,
  );
  await q(
    `INSERT INTO session_seat (session_id, user_id, status, created_at, checked_in_at)
     SELECT s.id, r.user_id, CASE WHEN (a.n / 40) % 12 = 0 THEN 'WAITLISTED' ELSE 'CONFIRMED' END,
            s.starts_at - interval '20 days',
            CASE WHEN s.starts_at < now() AND (a.n / 40) % 12 <> 0 AND a.n % 5 <> 0 THEN s.starts_at END
       FROM convening_registration r JOIN sw_convening c ON c.id = r.convening_id
       JOIN sw_adult a ON a.id = r.user_id
       JOIN sw_session s ON s.convening_id = c.id AND (s.k = 1 + a.n % 40 OR s.k = 1 + (a.n + 7) % 40)
      WHERE r.status = 'GOING'`,
  );

  // Sign-ins over the last 120 days (all expired or revoked): four per adult, one per student; one
  // person in seven and one student in three never signed in (essays left as drafts last spring: inactive).
  await q(
    `INSERT INTO session (user_id, token_hash, created_at, expires_at, revoked_at)
     SELECT p.id, md5(p.id || '-' || i) || md5(i || '-' || p.id),
            now() - (i * 27 + p.n % 17) * interval '1 day', now() - (i * 27 + p.n % 17) * interval '1 day' + interval '1 day',
            now() - (i * 27 + p.n % 17) * interval '1 day' + interval '8 hours'
       FROM (SELECT id, n, 4 AS times FROM sw_adult
             UNION ALL SELECT id, n, CASE WHEN n % 3 = 0 THEN 0 ELSE 1 END FROM sw_student) p
       CROSS JOIN generate_series(1, 4) i
      WHERE i <= p.times AND (p.n % 7 <> 0)`,
  );
  // Each group's draft unit and its first ten members (teachers of ten schools, in no other group's first ten).
  const { rows: drafts } = await q(
    `SELECT u.document_id AS "documentId", array_agg(m.user_id ORDER BY m.j) AS members
       FROM sw_unit u JOIN sw_member m ON m.group_k = u.group_k AND m.j < 10
      WHERE u.i = 0 GROUP BY u.group_k, u.document_id ORDER BY u.group_k`,
  );
  await q('COMMIT');
  await q('ANALYZE');

  const {
    rows: [counts],
  } = await q(
    `SELECT (SELECT count(*) FROM school WHERE network_id = $1)::int AS schools,
            (SELECT count(*) FROM membership WHERE network_id = $1 AND role <> 'STUDENT')::int AS adults,
            (SELECT count(*) FROM membership WHERE network_id = $1 AND role = 'STUDENT')::int AS students,
            (SELECT count(*) FROM class WHERE network_id = $1)::int AS classes,
            (SELECT count(*) FROM "group" WHERE network_id = $1)::int AS groups,
            (SELECT count(*) FROM group_member WHERE network_id = $1)::int AS "groupMembers",
            (SELECT count(*) FROM post p JOIN "group" g ON g.id = p.group_id WHERE g.network_id = $1)::int AS posts,
            (SELECT count(*) FROM unit WHERE network_id = $1)::int AS units,
            (SELECT count(*) FROM document_update)::int AS "documentUpdates",
            (SELECT count(*) FROM exchange WHERE network_id = $1)::int AS exchanges,
            (SELECT count(*) FROM submission s JOIN exchange e ON e.id = s.exchange_id WHERE e.network_id = $1)::int AS essays,
            (SELECT count(*) FROM peer_review r JOIN exchange e ON e.id = r.exchange_id WHERE e.network_id = $1)::int AS reviews,
            (SELECT count(*) FROM session)::int AS "signIns"`,
    [N],
  );
  return {
    networkId: N,
    coordinatorEmail: 'adult1@statewide.bench',
    drafts,
    counts,
    ms: performance.now() - started,
  };
}
