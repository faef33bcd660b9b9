/**
 * The big bench network of `bench:api` (30 schools, 600 adults, 40 groups, 20,000 posts), plus what
 * the unit page and the exchange results page show: units with real content (the demo unit's live
 * document, versions, contributors, comments; the viewed unit adapted from another group's
 * published unit) and an exchange of 8 classes in 8 schools (200 essays, 600 submitted reviews,
 * helpfulness ratings, flags). The demo network must be seeded first (its unit and rubric are copied).
 */
import { scoreRubric } from '../../shared/dist/index.js';

const SUBJECTS = ['Mathematics', 'English Language Arts', 'Science', 'Social Studies', 'Art', 'Music'];

async function seedNetwork(client, passwordHash) {
  const {
    rows: [net],
  } = await client.query(`INSERT INTO network (slug, name) VALUES ('bench-groups', 'Bench network') RETURNING id`);
  await client.query(
    `INSERT INTO school (network_id, name, state, locality, time_zone)
     SELECT $1, 'School ' || g, 'AK', 'Town', 'America/Anchorage' FROM generate_series(1, 30) g`,
    [net.id],
  );
  await client.query(
    `INSERT INTO "user" (email, display_name, password_hash)
     SELECT 'adult' || g || '@bench.org', 'Adult ' || g, $1 FROM generate_series(1, 600) g`,
    [passwordHash],
  );
  await client.query(
    `INSERT INTO membership (user_id, network_id, school_id, role, subjects, grade_levels)
     SELECT u.id, $1, s.id, CASE WHEN n % 20 = 0 THEN 'ADMINISTRATOR' ELSE 'TEACHER' END,
            ARRAY[($2::text[])[1 + n % 6]], ARRAY['9','10','11','12']
       FROM (SELECT id, row_number() OVER (ORDER BY email) AS n FROM "user" WHERE email LIKE '%@bench.org') u
       JOIN (SELECT id, row_number() OVER (ORDER BY name) AS k FROM school WHERE network_id = $1) s ON s.k = 1 + u.n % 30`,
    [net.id, SUBJECTS],
  );
  await client.query(
    `INSERT INTO "group" (network_id, name, focus, subject, description, prime_focus, access)
     SELECT $1, 'Group ' || g, 'SUBJECT', ($2::text[])[1 + g % 6], 'A bench group', 'CURRICULUM', 'OPEN'
       FROM generate_series(1, 40) g`,
    [net.id, SUBJECTS],
  );
  // 15 members per group, the first a facilitator.
  await client.query(
    `INSERT INTO group_member (group_id, network_id, user_id, role, status)
     SELECT g.id, $1, u.id, CASE WHEN u.n % 15 = 0 THEN 'FACILITATOR' ELSE 'MEMBER' END, 'ACTIVE'
       FROM (SELECT id, row_number() OVER (ORDER BY name) AS k FROM "group" WHERE network_id = $1) g
       JOIN (SELECT m.user_id AS id, row_number() OVER (ORDER BY m.user_id) - 1 AS n FROM membership m WHERE m.network_id = $1) u
         ON u.n / 15 = g.k - 1`,
    [net.id],
  );
  await client.query(
    `INSERT INTO goal (group_id, statement, success_criteria, status, created_by_id)
     SELECT g.id, 'Goal ' || i || ' of ' || g.name, 'Criteria', 'ACTIVE',
            (SELECT user_id FROM group_member WHERE group_id = g.id LIMIT 1)
       FROM "group" g, generate_series(1, 3) i WHERE g.network_id = $1`,
    [net.id],
  );
  // 400 posts per group (16,000) and 100 replies per group (4,000): 20,000 in all.
  await client.query(
    `INSERT INTO post (group_id, author_id, kind, body, goal_id, created_at)
     SELECT g.id, (SELECT user_id FROM group_member gm WHERE gm.group_id = g.id ORDER BY gm.user_id OFFSET i % 15 LIMIT 1),
            (ARRAY['CHECK_IN','QUESTION','RESOURCE','CELEBRATION'])[1 + i % 4], 'Post ' || i || ' with some words in it',
            CASE WHEN i % 4 = 0 THEN (SELECT id FROM goal WHERE group_id = g.id LIMIT 1) END,
            now() - i * interval '10 minutes'
       FROM "group" g, generate_series(1, 400) i WHERE g.network_id = $1`,
    [net.id],
  );
  await client.query(
    `INSERT INTO post (group_id, author_id, kind, body, parent_id, created_at)
     SELECT p.group_id, p.author_id, p.kind, 'A reply', p.id, p.created_at + interval '1 minute'
       FROM (SELECT p.*, row_number() OVER (PARTITION BY p.group_id ORDER BY p.created_at DESC) AS r FROM post p
              JOIN "group" g ON g.id = p.group_id WHERE g.network_id = $1 AND p.parent_id IS NULL) p
      WHERE p.r <= 100`,
    [net.id],
  );
  // Activity: 60 entries per group.
  await client.query(
    `INSERT INTO group_activity (group_id, actor_id, kind, summary, created_at)
     SELECT g.id, (SELECT user_id FROM group_member gm WHERE gm.group_id = g.id ORDER BY gm.user_id OFFSET i % 15 LIMIT 1),
            'GOAL_UPDATED', 'Updated a goal of ' || g.name, now() - i * interval '30 minutes'
       FROM "group" g, generate_series(1, 60) i WHERE g.network_id = $1`,
    [net.id],
  );
  return net.id;
}

/** The demo's published unit's document and versions, copied into two bench groups: the viewer's adapts the other's. */
async function seedUnits(client, networkId, groupId, viewerId) {
  const {
    rows: [source],
  } = await client.query(
    `SELECT u.*, d.state, d.text FROM unit u JOIN document d ON d.id = u.document_id
      WHERE u.status = 'PUBLISHED' AND u.forked_from_id IS NULL ORDER BY u.created_at LIMIT 1`,
  );
  const { rows: versions } = await client.query(`SELECT * FROM unit_version WHERE unit_id = $1 ORDER BY number`, [
    source.id,
  ]);
  const {
    rows: [other],
  } = await client.query(`SELECT id FROM "group" WHERE network_id = $1 AND id <> $2 ORDER BY name LIMIT 1`, [
    networkId,
    groupId,
  ]);
  const members = async (g) =>
    (await client.query(`SELECT user_id FROM group_member WHERE group_id = $1 ORDER BY user_id`, [g])).rows.map(
      (r) => r.user_id,
    );
  const unit = async (g, writers, title, forkedFrom, forkedFromVersion) => {
    const {
      rows: [doc],
    } = await client.query(
      `INSERT INTO document (kind, owner_id, state, text, compacted_at) VALUES ('UNIT', gen_random_uuid(), $1, $2, now()) RETURNING id`,
      [source.state, source.text],
    );
    const {
      rows: [u],
    } = await client.query(
      `INSERT INTO unit (network_id, group_id, document_id, title, subject, grade_band, summary, status, forked_from_id,
                         forked_from_version_id, created_by_id, published_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::varchar, $9, $10, $11, CASE WHEN $8::varchar = 'PUBLISHED' THEN now() - interval '6 days' END,
               now() - interval '30 days') RETURNING id`,
      [
        networkId,
        g,
        doc.id,
        title,
        source.subject,
        source.grade_band,
        source.summary,
        forkedFrom ? 'DRAFT' : 'PUBLISHED',
        forkedFrom,
        forkedFromVersion,
        writers[0],
      ],
    );
    await client.query(`UPDATE document SET owner_id = $1 WHERE id = $2`, [u.id, doc.id]);
    for (const [i, w] of writers.entries()) {
      await client.query(
        `INSERT INTO document_contributor (document_id, user_id, edits, first_edited_at, last_edited_at)
         VALUES ($1, $2, $3, now() - interval '20 days', now() - $4 * interval '1 day')`,
        [doc.id, w, 60 - i * 7, i],
      );
    }
    return u.id;
  };
  const theirs = await members(other.id);
  const original = await unit(other.id, theirs.slice(0, 4), source.title, null, null);
  const versionIds = [];
  for (let n = 1; n <= 4; n++) {
    const v = versions[Math.min(n, versions.length) - 1];
    const { rows } = await client.query(
      `INSERT INTO unit_version (unit_id, number, note, state, text, created_by_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() - $7 * interval '1 day') RETURNING id`,
      [original, n, `Version ${n}: ${v.note}`, v.state, v.text, theirs[n % 4], 8 - n * 2],
    );
    versionIds.push(rows[0].id);
  }
  const ours = await members(groupId);
  const writers = [viewerId, ...ours.filter((id) => id !== viewerId).slice(0, 5)];
  const unitId = await unit(groupId, writers, `${source.title} (adapted)`, original, versionIds[0]);
  await client.query(
    `INSERT INTO unit_comment (unit_id, section_id, kind, body, author_id, resolved_at, created_at)
     SELECT $1, (ARRAY['goals','understandings','essential-questions','knowledge-skills','evidence'])[1 + i % 5], (ARRAY['CLARIFYING','WARM','COOL','SUGGESTION'])[1 + i % 4],
            'Comment ' || i || ': could we tighten this part before the next run?', ($2::uuid[])[1 + i % 6],
            CASE WHEN i % 3 = 0 THEN now() - interval '1 day' END, now() - i * interval '2 hours'
       FROM generate_series(1, 40) i`,
    [unitId, writers],
  );
  return unitId;
}

/** An exchange of 8 classes in 8 schools, 25 students each, every essay reviewed 3 times across schools. */
async function seedExchange(client, networkId, viewerId, passwordHash) {
  const {
    rows: [rubricSource],
  } = await client.query(`SELECT criteria FROM rubric ORDER BY created_at LIMIT 1`);
  const criteria = rubricSource.criteria;
  const { rows: teachers } = await client.query(
    `SELECT DISTINCT ON (m.school_id) m.user_id, m.school_id FROM membership m
      WHERE m.network_id = $1 AND m.role = 'TEACHER'
      ORDER BY m.school_id, (m.user_id = $2) DESC, m.user_id`,
    [networkId, viewerId],
  );
  const viewerSchool = teachers.find((t) => t.user_id === viewerId).school_id;
  const chosen = [
    teachers.find((t) => t.user_id === viewerId),
    ...teachers.filter((t) => t.school_id !== viewerSchool),
  ].slice(0, 8);
  const {
    rows: [rubric],
  } = await client.query(
    `INSERT INTO rubric (network_id, owner_id, title, criteria, version, root_id, locked_at)
     VALUES ($1, $2, 'Bench rubric', $3, 1, gen_random_uuid(), now()) RETURNING id`,
    [networkId, viewerId, JSON.stringify(criteria)],
  );
  await client.query(`UPDATE rubric SET root_id = id WHERE id = $1`, [rubric.id]);
  const day = 86_400_000;
  const now = Date.now();
  const {
    rows: [exchange],
  } = await client.query(
    `INSERT INTO exchange (network_id, owner_id, title, prompt, rubric_id, reviews_per_submission, anonymity,
                           cross_school_only, submission_due_at, review_due_at, feedback_release_at, phase,
                           phase_changed_at, reviews_allocated_at, pseudonym_seed)
     VALUES ($1, $2, 'Bench exchange', 'Argue a position.', $3, 3, 'DOUBLE_BLIND', true, $4, $5, $6, 'FEEDBACK', $5, $4, 12345)
     RETURNING id`,
    [networkId, viewerId, rubric.id, new Date(now - 10 * day), new Date(now - 3 * day), new Date(now - 2 * day)],
  );
  const classes = [];
  for (const [c, t] of chosen.entries()) {
    const {
      rows: [cls],
    } = await client.query(
      `INSERT INTO class (network_id, school_id, teacher_id, name, subject, grade_level, join_code)
       VALUES ($1, $2, $3, $4, 'English Language Arts', '10', $5) RETURNING id`,
      [networkId, t.school_id, t.user_id, `ELA 10 period ${c + 1}`, `BENCH${c}`],
    );
    await client.query(
      `INSERT INTO exchange_class (exchange_id, class_id, school_id, added_by_id, status, invited_teacher_id)
       VALUES ($1, $2, $3, $4, 'JOINED', $5)`,
      [exchange.id, cls.id, t.school_id, t.user_id, c === 0 ? null : t.user_id],
    );
    const { rows: students } = await client.query(
      `INSERT INTO "user" (username, display_name, password_hash)
       SELECT 'bench.c' || $1 || '.s' || g, 'Student ' || $1 || '-' || g, $2 FROM generate_series(1, 25) g RETURNING id`,
      [c, passwordHash],
    );
    const ids = students.map((s) => s.id);
    await client.query(
      `INSERT INTO membership (user_id, network_id, school_id, role) SELECT unnest($1::uuid[]), $2, $3, 'STUDENT'`,
      [ids, networkId, t.school_id],
    );
    await client.query(`INSERT INTO enrollment (class_id, student_id) SELECT $1, unnest($2::uuid[])`, [cls.id, ids]);
    const { rows: subs } = await client.query(
      `INSERT INTO submission (exchange_id, student_id, class_id, school_id, pseudonym, body, submitted_body, status, submitted_at)
       SELECT $1, s.id, $2, $3, 'Writer ' || ($4 * 25 + s.n), 'An essay of a few sentences.', 'An essay of a few sentences.',
              'SUBMITTED', $5::timestamptz + s.n * interval '1 minute'
         FROM unnest($6::uuid[]) WITH ORDINALITY AS s(id, n) RETURNING id`,
      [exchange.id, cls.id, t.school_id, c, new Date(now - 11 * day), ids],
    );
    classes.push({ students: ids, submissions: subs.map((s) => s.id) });
  }
  const reviews = [];
  for (const [c, cls] of classes.entries()) {
    for (const [i, submissionId] of cls.submissions.entries()) {
      for (let k = 1; k <= 3; k++) {
        const reviewerId = classes[(c + k) % classes.length].students[i];
        const levels = Object.fromEntries(criteria.map((cr, j) => [cr.id, 1 + ((i + j + k) % cr.levels.length)]));
        const comments = Object.fromEntries(
          criteria.map((cr) => [cr.id, `About ${cr.title}: a specific, kind comment.`]),
        );
        reviews.push([
          submissionId,
          reviewerId,
          levels,
          comments,
          scoreRubric(criteria, levels).score,
          (i + k) % 3 ? 1 + ((i + k) % 4) : null,
        ]);
      }
    }
  }
  const { rows: inserted } = await client.query(
    `INSERT INTO peer_review (exchange_id, submission_id, reviewer_id, status, levels, comments, strength, next_step, score,
                              started_at, submitted_at, helpfulness)
     SELECT $1, r.submission_id, r.reviewer_id, 'SUBMITTED', r.levels, r.comments, 'Your claim is clear.',
            'Answer the strongest counter-claim.', r.score, $2::timestamptz, $2::timestamptz + r.n * interval '1 second', r.helpfulness
       FROM jsonb_to_recordset($3::jsonb) AS r(submission_id uuid, reviewer_id uuid, levels jsonb, comments jsonb,
                                                               score real, helpfulness smallint, n bigint)
     RETURNING id, reviewer_id`,
    [
      exchange.id,
      new Date(now - 5 * day),
      JSON.stringify(
        reviews.map(([submission_id, reviewer_id, levels, comments, score, helpfulness], n) => ({
          n,
          submission_id,
          reviewer_id,
          levels,
          comments,
          score,
          helpfulness,
        })),
      ),
    ],
  );
  // A few flags: on reviews of (and by) the viewer's students.
  for (const r of inserted.filter((r) => classes[0].students.includes(r.reviewer_id)).slice(0, 6)) {
    await client.query(
      `INSERT INTO review_flag (exchange_id, review_id, flagged_by_id, reason, status) VALUES ($1, $2, $3, 'Unkind', 'OPEN')`,
      [exchange.id, r.id, classes[1].students[0]],
    );
  }
  return exchange.id;
}

export async function seed(client, passwordHash) {
  const networkId = await seedNetwork(client, passwordHash);
  const {
    rows: [{ n }],
  } = await client.query(
    `SELECT count(*)::int AS n FROM post p JOIN "group" g ON g.id = p.group_id WHERE g.network_id = $1`,
    [networkId],
  );
  const {
    rows: [member],
  } = await client.query(
    `SELECT u.email, u.id, gm.group_id FROM group_member gm JOIN "user" u ON u.id = gm.user_id
      JOIN membership m ON m.user_id = u.id AND m.role = 'TEACHER'
      WHERE gm.network_id = $1 ORDER BY u.email LIMIT 1`,
    [networkId],
  );
  const unitId = await seedUnits(client, networkId, member.group_id, member.id);
  const exchangeId = await seedExchange(client, networkId, member.id, passwordHash);
  return { networkId, email: member.email, userId: member.id, groupId: member.group_id, unitId, exchangeId, posts: n };
}
