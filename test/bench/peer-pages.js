/**
 * The peer for `bench:api`: each benchmarked query's data from hand-written SQL, served as JSON by
 * plain node:http at /<operation name>, in its own process like the API server. No sessions and no
 * access checks: the floor of this machine, not a like-for-like server.
 * Env: DATABASE_URL, PORT, USER_ID, NETWORK_ID, GROUP_ID, UNIT_ID, EXCHANGE_ID.
 */
import http from 'node:http';
import pg from 'pg';
import { sectionsOf } from '../../server/dist/units/unit-content.js';

const { USER_ID: me, NETWORK_ID: networkId, GROUP_ID: groupId, UNIT_ID: unitId, EXCHANGE_ID: exchangeId } = process.env;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const q = async (sql, params) => (await pool.query(sql, params)).rows;
const POST = `p.id, p.kind, CASE WHEN p.hidden_at IS NULL THEN p.body ELSE '' END AS body, p.hidden_at IS NOT NULL AS hidden,
  p.author_id = $2 AS mine, p.created_at, p.edited_at, p.goal_id, p.parent_id, json_build_object('id', u.id, 'displayName', u.display_name) AS author,
  p.links, (SELECT coalesce(json_agg(json_build_object('id', mu.id, 'displayName', mu.display_name)), '[]') FROM "user" mu WHERE mu.id = ANY(p.mention_ids)) AS mentions`;
const MEMBER = `json_build_object('id', m.id, 'role', m.role, 'subjects', m.subjects, 'school', json_build_object('id', s.id, 'name', s.name)) AS member`;

const routes = {
  async GroupPage() {
    const [group, viewer, members, pending] = await Promise.all([
      q(
        `SELECT g.*, (SELECT count(*)::int FROM group_member WHERE group_id = g.id AND status = 'ACTIVE') AS member_count FROM "group" g WHERE id = $1`,
        [groupId],
      ),
      q(`SELECT id, role, status FROM group_member WHERE group_id = $1 AND user_id = $2`, [groupId, me]),
      q(
        `SELECT gm.id, gm.role, gm.status, gm.user_id, json_build_object('id', u.id, 'displayName', u.display_name) AS user, ${MEMBER}
           FROM group_member gm JOIN "user" u ON u.id = gm.user_id JOIN membership m ON m.user_id = gm.user_id AND m.network_id = gm.network_id
           LEFT JOIN school s ON s.id = m.school_id WHERE gm.group_id = $1 AND gm.status = 'ACTIVE' ORDER BY gm.created_at`,
        [groupId],
      ),
      q(
        `SELECT gm.id, gm.user_id, gm.created_at, json_build_object('id', u.id, 'displayName', u.display_name) AS user, ${MEMBER}
           FROM group_member gm JOIN "user" u ON u.id = gm.user_id JOIN membership m ON m.user_id = gm.user_id AND m.network_id = gm.network_id
           LEFT JOIN school s ON s.id = m.school_id WHERE gm.group_id = $1 AND gm.status = 'PENDING'`,
        [groupId],
      ),
    ]);
    return { group: { ...group[0], viewerMember: viewer[0] ?? null, members, pendingRequests: pending } };
  },
  async GroupStream() {
    const [goals, posts, total, activity] = await Promise.all([
      q(
        `SELECT g.*, (SELECT coalesce(json_agg(c ORDER BY c.created_at DESC), '[]') FROM (SELECT ${POST} FROM post p JOIN "user" u ON u.id = p.author_id
           WHERE p.goal_id = g.id AND p.kind = 'CHECK_IN' AND p.parent_id IS NULL AND p.deleted_at IS NULL ORDER BY p.created_at DESC LIMIT 5) c) AS check_ins
           FROM goal g WHERE g.group_id = $1 ORDER BY g.created_at`,
        [groupId, me],
      ),
      q(
        `SELECT ${POST}, (SELECT coalesce(json_agg(r ORDER BY r.created_at), '[]') FROM (SELECT ${POST.replaceAll('p.', 'r.').replaceAll('u.', 'ru.').replaceAll('mru.', 'mu.')}
             FROM post r JOIN "user" ru ON ru.id = r.author_id WHERE r.parent_id = p.id AND r.deleted_at IS NULL) r) AS replies
           FROM post p JOIN "user" u ON u.id = p.author_id
          WHERE p.group_id = $1 AND p.parent_id IS NULL AND p.deleted_at IS NULL ORDER BY p.created_at DESC, p.id DESC LIMIT 21`,
        [groupId, me],
      ),
      q(`SELECT count(*)::int AS n FROM post WHERE group_id = $1 AND parent_id IS NULL AND deleted_at IS NULL`, [
        groupId,
      ]),
      q(
        `SELECT a.id, a.kind, a.summary, a.created_at, json_build_object('id', u.id, 'displayName', u.display_name) AS actor
           FROM group_activity a LEFT JOIN "user" u ON u.id = a.actor_id WHERE a.group_id = $1 ORDER BY a.created_at DESC LIMIT 30`,
        [groupId],
      ),
    ]);
    return {
      group: {
        id: groupId,
        goals,
        posts: { totalCount: total[0].n, nodes: posts.slice(0, 20), hasNextPage: posts.length > 20 },
        activity,
      },
    };
  },
  async HomeGroups() {
    const [mine] = await q(`SELECT * FROM membership WHERE user_id = $1 AND network_id = $2`, [me, networkId]);
    const GROUP = `g.*, (SELECT count(*)::int FROM group_member WHERE group_id = g.id AND status = 'ACTIVE') AS member_count,
      (SELECT row_to_json(v) FROM (SELECT id, role, status FROM group_member WHERE group_id = g.id AND user_id = $2) v) AS viewer_member`;
    const [jobAlikes, suggested, myGroups, total] = await Promise.all([
      q(
        `SELECT m.id, m.role, m.subjects, m.grade_levels, json_build_object('id', s.id, 'name', s.name, 'state', s.state) AS school,
                json_build_object('id', u.id, 'displayName', u.display_name, 'email', u.email) AS user
           FROM membership m JOIN "user" u ON u.id = m.user_id JOIN school s ON s.id = m.school_id
          WHERE m.network_id = $1 AND m.status = 'ACTIVE' AND m.school_id <> $2 AND m.role = $3
            AND EXISTS (SELECT 1 FROM unnest(m.subjects) AS subject WHERE lower(subject) = ANY($4)) ORDER BY lower(u.display_name)`,
        [networkId, mine.school_id, mine.role, mine.subjects.map((s) => s.toLowerCase())],
      ),
      q(
        `SELECT ${GROUP} FROM "group" g WHERE g.network_id = $1 AND g.archived_at IS NULL AND g.focus = 'SUBJECT' AND lower(g.subject) = ANY($3)
            AND NOT EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = g.id AND gm.user_id = $2) ORDER BY lower(g.name)`,
        [networkId, me, mine.subjects.map((s) => s.toLowerCase())],
      ),
      q(
        `SELECT ${GROUP} FROM "group" g WHERE g.network_id = $1 AND EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = g.id AND gm.user_id = $2 AND gm.status = 'ACTIVE')
          ORDER BY lower(g.name), g.id LIMIT 51`,
        [networkId, me],
      ),
      q(
        `SELECT count(*)::int AS n FROM "group" g JOIN group_member gm ON gm.group_id = g.id AND gm.user_id = $2 AND gm.status = 'ACTIVE' WHERE g.network_id = $1`,
        [networkId, me],
      ),
    ]);
    return {
      jobAlikes,
      suggestedGroups: suggested,
      myGroups: { totalCount: total[0].n, nodes: myGroups.slice(0, 50) },
    };
  },
  async TeacherClasses() {
    return {
      myClasses: await q(`SELECT * FROM class WHERE network_id = $1 AND teacher_id = $2 ORDER BY created_at`, [
        networkId,
        me,
      ]),
    };
  },
  async UnitPage() {
    const [[unit]] = await Promise.all([q(`SELECT * FROM unit WHERE id = $1`, [unitId])]);
    const VERSION = `v.id, v.unit_id, v.number, v.note, v.created_at, json_build_object('id', u.id, 'displayName', u.display_name) AS created_by`;
    const [group, doc, contributors, review, latest, forkedFrom, forkedFromVersion, upstream] = await Promise.all([
      q(
        `SELECT g.id, g.name, g.archived_at, (SELECT row_to_json(v) FROM (SELECT id, status FROM group_member WHERE group_id = g.id AND user_id = $2) v) AS viewer_member
           FROM "group" g WHERE g.id = $1`,
        [unit.group_id, me],
      ),
      q(`SELECT state, text FROM document WHERE id = $1`, [unit.document_id]),
      q(
        `SELECT c.edits, c.last_edited_at, json_build_object('id', u.id, 'displayName', u.display_name) AS user, json_build_object('id', s.id, 'name', s.name) AS school
           FROM document_contributor c JOIN "user" u ON u.id = c.user_id LEFT JOIN membership m ON m.user_id = c.user_id AND m.network_id = $2
           LEFT JOIN school s ON s.id = m.school_id WHERE c.document_id = $1 ORDER BY c.first_edited_at`,
        [unit.document_id, unit.network_id],
      ),
      q(`SELECT * FROM unit_review WHERE unit_id = $1 AND closed_at IS NULL`, [unitId]),
      q(
        `SELECT ${VERSION}, v.text FROM unit_version v JOIN "user" u ON u.id = v.created_by_id WHERE v.unit_id = $1 ORDER BY v.number DESC LIMIT 1`,
        [unitId],
      ),
      q(`SELECT f.id, f.title, g.name AS group_name FROM unit f JOIN "group" g ON g.id = f.group_id WHERE f.id = $1`, [
        unit.forked_from_id,
      ]),
      q(`SELECT ${VERSION} FROM unit_version v JOIN "user" u ON u.id = v.created_by_id WHERE v.id = $1`, [
        unit.forked_from_version_id,
      ]),
      q(
        `SELECT ${VERSION} FROM unit_version v JOIN "user" u ON u.id = v.created_by_id WHERE v.unit_id = $1
            AND v.number > (SELECT number FROM unit_version WHERE id = $2) ORDER BY v.number`,
        [unit.forked_from_id, unit.forked_from_version_id],
      ),
    ]);
    const { state, text } = doc[0];
    return {
      unit: {
        ...unit,
        group: group[0],
        contributors,
        currentReview: review[0] ?? null,
        sections: sectionsOf(new Uint8Array(state)),
        draftChanged: latest[0] ? latest[0].text !== text : true,
        latestVersion: latest[0] ? { ...latest[0], text: undefined } : null,
        forkedFrom: forkedFrom[0] ?? null,
        forkedFromVersion: forkedFromVersion[0] ?? null,
        upstreamVersions: upstream,
      },
    };
  },
  async UnitComments() {
    const comments = await q(
      `SELECT c.*, json_build_object('id', u.id, 'displayName', u.display_name) AS author FROM unit_comment c JOIN "user" u ON u.id = c.author_id
        WHERE c.unit_id = $1 ORDER BY c.created_at`,
      [unitId],
    );
    return { unit: { id: unitId, comments } };
  },
  async ExchangeResults() {
    // The same rows the server's results are made of, with the per-class completion and the
    // per-criterion distribution aggregated in SQL.
    const [exchange] = await q(`SELECT * FROM exchange WHERE id = $1`, [exchangeId]);
    const [classes, enrollments, submissions, reviews, flags, rubric, completion] = await Promise.all([
      q(
        `SELECT c.*, s.name AS school_name, u.display_name AS teacher FROM exchange_class ec JOIN class c ON c.id = ec.class_id
           JOIN school s ON s.id = c.school_id JOIN "user" u ON u.id = c.teacher_id WHERE ec.exchange_id = $1 AND ec.status = 'JOINED'`,
        [exchangeId],
      ),
      q(
        `SELECT e.*, u.display_name FROM enrollment e JOIN exchange_class ec ON ec.class_id = e.class_id AND ec.exchange_id = $1 AND ec.status = 'JOINED'
           JOIN "user" u ON u.id = e.student_id`,
        [exchangeId],
      ),
      q(`SELECT * FROM submission WHERE exchange_id = $1 ORDER BY pseudonym`, [exchangeId]),
      q(`SELECT * FROM peer_review WHERE exchange_id = $1 ORDER BY submitted_at, id`, [exchangeId]),
      q(`SELECT * FROM review_flag WHERE exchange_id = $1 ORDER BY created_at DESC`, [exchangeId]),
      q(`SELECT criteria FROM rubric WHERE id = $1`, [exchange.rubric_id]),
      q(
        `SELECT e.class_id, count(*)::int AS students, count(s.id) FILTER (WHERE s.status = 'SUBMITTED')::int AS submitted,
                (SELECT count(*)::int FROM peer_review r JOIN enrollment re ON re.student_id = r.reviewer_id AND re.class_id = e.class_id
                  WHERE r.exchange_id = $1 AND r.status = 'SUBMITTED') AS reviews_submitted
           FROM enrollment e JOIN exchange_class ec ON ec.class_id = e.class_id AND ec.exchange_id = $1
           LEFT JOIN submission s ON s.exchange_id = $1 AND s.student_id = e.student_id GROUP BY e.class_id`,
        [exchangeId],
      ),
    ]);
    return {
      exchangeResults: {
        exchange,
        classes,
        completion,
        enrollments,
        submissions,
        reviews,
        flags,
        criteria: rubric[0].criteria,
      },
    };
  },
};

const server = http.createServer(async (req, res) => {
  const route = routes[req.url.slice(1)];
  if (!route) return res.writeHead(404).end();
  try {
    const body = JSON.stringify({ data: await route() });
    res.setHeader('content-type', 'application/json');
    res.end(body);
  } catch (err) {
    res.writeHead(500).end(String(err));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('peer ready'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
