/**
 * The aggregate queries behind the network health figures: each returns every row of its figure at
 * once, so a report costs the same handful of statements whatever the size of the network.
 * Parameters: $1 network id, $2 start of the period (inclusive), $3 end (exclusive).
 */

const IN_PERIOD = (column: string) => `(${column} >= $2 AND ${column} < $3)`;

/** Everyone who did something in the network during the period (see ACTIVE_MEMBER_DEFINITION). */
const ACTIVE_PEOPLE = `
  SELECT s.user_id FROM session s
   WHERE ${IN_PERIOD('s.created_at')}
  UNION
  SELECT p.author_id FROM post p JOIN "group" g ON g.id = p.group_id
   WHERE g.network_id = $1 AND p.deleted_at IS NULL AND ${IN_PERIOD('p.created_at')}
  UNION
  SELECT go.created_by_id FROM goal go JOIN "group" g ON g.id = go.group_id
   WHERE g.network_id = $1 AND ${IN_PERIOD('go.created_at')}
  UNION
  SELECT ga.actor_id FROM group_activity ga JOIN "group" g ON g.id = ga.group_id
   WHERE g.network_id = $1 AND ga.actor_id IS NOT NULL AND ${IN_PERIOD('ga.created_at')}
  UNION
  SELECT du.author_id FROM document_update du JOIN unit u ON u.document_id = du.document_id
   WHERE u.network_id = $1 AND du.author_id IS NOT NULL AND ${IN_PERIOD('du.created_at')}
  UNION
  SELECT dc.user_id FROM document_contributor dc JOIN unit u ON u.document_id = dc.document_id
   WHERE u.network_id = $1 AND (${IN_PERIOD('dc.first_edited_at')} OR ${IN_PERIOD('dc.last_edited_at')})
  UNION
  SELECT uc.author_id FROM unit_comment uc JOIN unit u ON u.id = uc.unit_id
   WHERE u.network_id = $1 AND ${IN_PERIOD('uc.created_at')}
  UNION
  SELECT e.owner_id FROM exchange e
   WHERE e.network_id = $1 AND ${IN_PERIOD('e.created_at')}
  UNION
  SELECT sub.student_id FROM submission sub JOIN exchange e ON e.id = sub.exchange_id
   WHERE e.network_id = $1 AND (${IN_PERIOD('sub.updated_at')} OR ${IN_PERIOD('sub.submitted_at')})
  UNION
  SELECT pr.reviewer_id FROM peer_review pr JOIN exchange e ON e.id = pr.exchange_id
   WHERE e.network_id = $1 AND (${IN_PERIOD('pr.started_at')} OR ${IN_PERIOD('pr.submitted_at')})
  UNION
  SELECT r.user_id FROM convening_registration r JOIN convening c ON c.id = r.convening_id
   WHERE c.network_id = $1 AND (${IN_PERIOD('r.created_at')} OR ${IN_PERIOD('r.updated_at')})
  UNION
  SELECT ss.user_id FROM session_seat ss
    JOIN convening_session cs ON cs.id = ss.session_id JOIN convening c ON c.id = cs.convening_id
   WHERE c.network_id = $1 AND (${IN_PERIOD('ss.created_at')} OR ${IN_PERIOD('ss.checked_in_at')})`;

/**
 * Members and active members per school and role (school null: network staff). The active set is a
 * UNION (each person once), joined rather than probed with IN: at a statewide scale PostgreSQL's IN
 * (subquery) falls back to a scan of the set per member once the set outgrows work_mem.
 */
export const MEMBER_ACTIVITY_SQL = `
  WITH active AS (${ACTIVE_PEOPLE})
  SELECT m.school_id AS "schoolId", m.role AS role,
         count(*)::int AS members,
         count(a.user_id)::int AS active
    FROM membership m LEFT JOIN active a ON a.user_id = m.user_id
   WHERE m.network_id = $1 AND m.status = 'ACTIVE' AND m.created_at < $3
   GROUP BY m.school_id, m.role`;

/** The network's name and its schools, in name order. */
export const NETWORK_SCHOOLS_SQL = `
  SELECT n.name AS "networkName",
         coalesce((SELECT json_agg(json_build_object('id', s.id, 'name', s.name) ORDER BY s.name)
                     FROM school s WHERE s.network_id = n.id), '[]'::json) AS schools
    FROM network n WHERE n.id = $1`;

/**
 * Units of each group edited in the period, with who edited them (server-made edits excluded); a pair
 * may appear more than once (UNION ALL): every use counts distinct units or people.
 */
const UNIT_EDITS = `
  SELECT u.group_id, u.id AS unit_id, du.author_id AS user_id
    FROM unit u JOIN document_update du ON du.document_id = u.document_id
   WHERE u.network_id = $1 AND du.author_id IS NOT NULL AND ${IN_PERIOD('du.created_at')}
  UNION ALL
  SELECT u.group_id, u.id, dc.user_id
    FROM unit u JOIN document_contributor dc ON dc.document_id = u.document_id
   WHERE u.network_id = $1 AND (${IN_PERIOD('dc.first_edited_at')} OR ${IN_PERIOD('dc.last_edited_at')})`;

/**
 * Posts, check-ins, units edited and the people behind them, per group not archived before the period.
 * Each figure is counted once for all groups (GROUP BY) and joined to the groups, not counted again per
 * group: a correlated count over a CTE reads the whole CTE for every group.
 */
export const GROUP_ACTIVITY_SQL = `
  WITH g AS (
    SELECT id, name FROM "group"
     WHERE network_id = $1 AND created_at < $3 AND (archived_at IS NULL OR archived_at >= $2)
  ), p AS (
    SELECT p.group_id, p.author_id, (p.kind = 'CHECK_IN' AND p.parent_id IS NULL) AS check_in
      FROM post p WHERE p.group_id IN (SELECT id FROM g) AND p.deleted_at IS NULL AND ${IN_PERIOD('p.created_at')}
  ), e AS (${UNIT_EDITS}), actors AS (
    SELECT DISTINCT group_id, user_id FROM (
      SELECT group_id, author_id AS user_id FROM p
      UNION ALL SELECT group_id, user_id FROM e
      UNION ALL SELECT ga.group_id, ga.actor_id FROM group_activity ga
       WHERE ga.group_id IN (SELECT id FROM g) AND ga.actor_id IS NOT NULL AND ${IN_PERIOD('ga.created_at')}
    ) a
  ), members AS (
    SELECT gm.group_id, count(*) AS n FROM group_member gm
     WHERE gm.group_id IN (SELECT id FROM g) AND gm.status = 'ACTIVE' GROUP BY gm.group_id
  ), posts AS (
    SELECT group_id, count(*) FILTER (WHERE NOT check_in) AS posts, count(*) FILTER (WHERE check_in) AS check_ins
      FROM p GROUP BY group_id
  ), edited AS (
    SELECT group_id, count(*) AS n FROM (SELECT DISTINCT group_id, unit_id FROM e) x GROUP BY group_id
  ), people AS (
    SELECT group_id, count(*) AS n FROM actors GROUP BY group_id
  )
  SELECT g.id AS "groupId", g.name,
         coalesce(members.n, 0)::int AS members,
         coalesce(posts.posts, 0)::int AS posts,
         coalesce(posts.check_ins, 0)::int AS "checkIns",
         coalesce(edited.n, 0)::int AS "unitsEdited",
         coalesce(people.n, 0)::int AS "activeMembers"
    FROM g
    LEFT JOIN members ON members.group_id = g.id
    LEFT JOIN posts ON posts.group_id = g.id
    LEFT JOIN edited ON edited.group_id = g.id
    LEFT JOIN people ON people.group_id = g.id`;

/** Units created before the end of the period, by today's status. Parameters: $1 network id, $2 end. */
export const UNIT_STATUS_SQL = `
  SELECT status, count(*)::int AS count FROM unit
   WHERE network_id = $1 AND created_at < $2 GROUP BY status`;

/**
 * Units whose authors (contributor tally and live log) belong to two or more schools. Parameters as
 * above. Each unit's schools are narrowed to distinct (unit, school) pairs before names are gathered.
 */
export const CROSS_SCHOOL_UNITS_SQL = `
  WITH authors AS (
    SELECT u.id AS unit_id, dc.user_id FROM unit u JOIN document_contributor dc ON dc.document_id = u.document_id
     WHERE u.network_id = $1 AND u.created_at < $2
    UNION ALL
    SELECT u.id, du.author_id FROM unit u JOIN document_update du ON du.document_id = u.document_id
     WHERE u.network_id = $1 AND u.created_at < $2 AND du.author_id IS NOT NULL
  ), unit_schools AS (
    SELECT DISTINCT a.unit_id, m.school_id
      FROM authors a JOIN membership m ON m.user_id = a.user_id AND m.network_id = $1
     WHERE m.school_id IS NOT NULL
  )
  SELECT u.id AS "unitId", u.title, u.status,
         array_agg(DISTINCT s.name ORDER BY s.name) AS schools
    FROM unit_schools us
    JOIN unit u ON u.id = us.unit_id
    JOIN school s ON s.id = us.school_id
   GROUP BY u.id, u.title, u.status
  HAVING count(DISTINCT us.school_id) >= 2
   ORDER BY lower(u.title), u.id`;

/** Exchanges past draft whose run (creation to feedback release) overlaps the period: counts only. */
export const EXCHANGES_SQL = `
  WITH x AS (
    SELECT id, title, phase, submission_due_at FROM exchange
     WHERE network_id = $1 AND phase <> 'DRAFT' AND created_at < $3 AND feedback_release_at >= $2
  ), classes AS (
    SELECT DISTINCT ec.exchange_id, ec.class_id FROM exchange_class ec
     WHERE ec.exchange_id IN (SELECT id FROM x) AND ec.class_id IS NOT NULL AND ec.status = 'JOINED'
  )
  SELECT x.id AS "exchangeId", x.title, x.phase, x.submission_due_at AS "submissionDueAt",
         (SELECT count(*) FROM classes c WHERE c.exchange_id = x.id)::int AS classes,
         (SELECT count(DISTINCT en.student_id) FROM classes c JOIN enrollment en ON en.class_id = c.class_id
           WHERE c.exchange_id = x.id)::int AS "studentsEnrolled",
         (SELECT count(*) FROM submission s WHERE s.exchange_id = x.id AND s.status = 'SUBMITTED')::int
           AS "essaysSubmitted",
         (SELECT count(*) FROM peer_review r WHERE r.exchange_id = x.id AND r.status <> 'REASSIGNED')::int
           AS "reviewsAssigned",
         (SELECT count(*) FROM peer_review r WHERE r.exchange_id = x.id AND r.status = 'SUBMITTED')::int
           AS "reviewsCompleted"
    FROM x
   ORDER BY x.submission_due_at, lower(x.title), x.id`;

/** Published convenings starting in the period: registrations, sessions, seats and check-ins. */
export const CONVENINGS_SQL = `
  WITH c AS (
    SELECT id, title, season, starts_at FROM convening
     WHERE network_id = $1 AND status = 'PUBLISHED' AND ${IN_PERIOD('starts_at')}
  ), seats AS (
    SELECT cs.convening_id, ss.user_id, ss.status, ss.checked_in_at
      FROM convening_session cs JOIN session_seat ss ON ss.session_id = cs.id
     WHERE cs.convening_id IN (SELECT id FROM c)
  ), regs AS (
    SELECT convening_id, status FROM convening_registration WHERE convening_id IN (SELECT id FROM c)
  )
  SELECT c.id AS "conveningId", c.title, c.season, c.starts_at AS "startsAt",
         (SELECT count(*) FROM regs r WHERE r.convening_id = c.id AND r.status = 'GOING')::int AS going,
         (SELECT count(*) FROM regs r WHERE r.convening_id = c.id AND r.status = 'MAYBE')::int AS maybe,
         (SELECT count(*) FROM regs r WHERE r.convening_id = c.id AND r.status = 'NOT_GOING')::int AS "notGoing",
         (SELECT count(*) FROM convening_session cs WHERE cs.convening_id = c.id)::int AS sessions,
         (SELECT count(*) FROM seats s WHERE s.convening_id = c.id AND s.status = 'CONFIRMED')::int AS "seatsConfirmed",
         (SELECT count(*) FROM seats s WHERE s.convening_id = c.id AND s.status = 'WAITLISTED')::int AS "seatsWaitlisted",
         (SELECT count(*) FROM seats s WHERE s.convening_id = c.id AND s.checked_in_at IS NOT NULL)::int AS "checkIns",
         (SELECT count(DISTINCT s.user_id) FROM seats s WHERE s.convening_id = c.id AND s.checked_in_at IS NOT NULL)::int
           AS attendees
    FROM c
   ORDER BY c.starts_at, lower(c.title), c.id`;
