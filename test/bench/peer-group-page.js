/**
 * The peer for `bench:api`: the group page's data from hand-written SQL, served as JSON by plain
 * node:http, in its own process like the API server. Env: DATABASE_URL, GROUP_ID, PORT.
 */
import http from 'node:http';
import pg from 'pg';

function peerServer(pool, groupId) {
  return http.createServer(async (_req, res) => {
    const [group, members, goals, posts, activity] = await Promise.all([
      pool.query('SELECT * FROM "group" WHERE id = $1', [groupId]),
      pool.query(
        `SELECT gm.role, u.display_name, m.subjects, s.name AS school FROM group_member gm JOIN "user" u ON u.id = gm.user_id
           LEFT JOIN membership m ON m.user_id = gm.user_id AND m.network_id = gm.network_id
           LEFT JOIN school s ON s.id = m.school_id WHERE gm.group_id = $1 AND gm.status = 'ACTIVE'`,
        [groupId],
      ),
      pool.query(
        `SELECT g.*, (SELECT json_agg(json_build_object('id', p.id, 'body', p.body, 'author', u.display_name))
                        FROM post p JOIN "user" u ON u.id = p.author_id WHERE p.goal_id = g.id AND p.kind = 'CHECK_IN'
                         AND p.parent_id IS NULL) AS check_ins FROM goal g WHERE g.group_id = $1`,
        [groupId],
      ),
      pool.query(
        `SELECT p.*, u.display_name, (SELECT json_agg(json_build_object('id', r.id, 'body', r.body, 'author', ru.display_name))
                                        FROM post r JOIN "user" ru ON ru.id = r.author_id WHERE r.parent_id = p.id) AS replies
           FROM post p JOIN "user" u ON u.id = p.author_id
          WHERE p.group_id = $1 AND p.parent_id IS NULL AND p.deleted_at IS NULL ORDER BY p.created_at DESC LIMIT 21`,
        [groupId],
      ),
      pool.query(
        `SELECT a.*, u.display_name FROM group_activity a LEFT JOIN "user" u ON u.id = a.actor_id
          WHERE a.group_id = $1 ORDER BY a.created_at DESC LIMIT 10`,
        [groupId],
      ),
    ]);
    res.setHeader('content-type', 'application/json');
    res.end(
      JSON.stringify({
        group: group.rows[0],
        members: members.rows,
        goals: goals.rows,
        posts: posts.rows,
        activity: activity.rows,
      }),
    );
  });
}

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const server = peerServer(pool, process.env.GROUP_ID);
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('peer ready'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
