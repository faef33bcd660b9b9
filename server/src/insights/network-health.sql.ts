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

/** Members and active members per school and role (school null: network staff). */
export const MEMBER_ACTIVITY_SQL = `
  WITH active AS (${ACTIVE_PEOPLE})
  SELECT m.school_id AS "schoolId", m.role AS role,
         count(*)::int AS members,
         count(*) FILTER (WHERE m.user_id IN (SELECT user_id FROM active))::int AS active
    FROM membership m
   WHERE m.network_id = $1 AND m.status = 'ACTIVE' AND m.created_at < $3
   GROUP BY m.school_id, m.role`;

/** The network's name and its schools, in name order. */
export const NETWORK_SCHOOLS_SQL = `
  SELECT n.name AS "networkName",
         coalesce((SELECT json_agg(json_build_object('id', s.id, 'name', s.name) ORDER BY s.name)
                     FROM school s WHERE s.network_id = n.id), '[]'::json) AS schools
    FROM network n WHERE n.id = $1`;

/** Units of each group edited in the period, with who edited them (server-made edits excluded). */
const UNIT_EDITS = `
  SELECT u.group_id, u.id AS unit_id, du.author_id AS user_id
    FROM unit u JOIN document_update du ON du.document_id = u.document_id
   WHERE u.network_id = $1 AND du.author_id IS NOT NULL AND ${IN_PERIOD('du.created_at')}
  UNION
  SELECT u.group_id, u.id, dc.user_id
    FROM unit u JOIN document_contributor dc ON dc.document_id = u.document_id
   WHERE u.network_id = $1 AND (${IN_PERIOD('dc.first_edited_at')} OR ${IN_PERIOD('dc.last_edited_at')})`;

/** Posts, check-ins, units edited and the people behind them, per group not archived before the period. */
export const GROUP_ACTIVITY_SQL = `
  WITH g AS (
    SELECT id, name FROM "group"
     WHERE network_id = $1 AND created_at < $3 AND (archived_at IS NULL OR archived_at >= $2)
  ), p AS (
    SELECT p.group_id, p.author_id, (p.kind = 'CHECK_IN' AND p.parent_id IS NULL) AS check_in
      FROM post p WHERE p.group_id IN (SELECT id FROM g) AND p.deleted_at IS NULL AND ${IN_PERIOD('p.created_at')}
  ), e AS (${UNIT_EDITS}), actors AS (
    SELECT group_id, author_id AS user_id FROM p
    UNION SELECT group_id, user_id FROM e
    UNION SELECT ga.group_id, ga.actor_id FROM group_activity ga
     WHERE ga.group_id IN (SELECT id FROM g) AND ga.actor_id IS NOT NULL AND ${IN_PERIOD('ga.created_at')}
  )
  SELECT g.id AS "groupId", g.name,
         (SELECT count(*) FROM group_member gm WHERE gm.group_id = g.id AND gm.status = 'ACTIVE')::int AS members,
         (SELECT count(*) FROM p WHERE p.group_id = g.id AND NOT p.check_in)::int AS posts,
         (SELECT count(*) FROM p WHERE p.group_id = g.id AND p.check_in)::int AS "checkIns",
         (SELECT count(DISTINCT e.unit_id) FROM e WHERE e.group_id = g.id)::int AS "unitsEdited",
         (SELECT count(DISTINCT a.user_id) FROM actors a WHERE a.group_id = g.id)::int AS "activeMembers"
    FROM g`;

/** Units created before the end of the period, by today's status. Parameters: $1 network id, $2 end. */
export const UNIT_STATUS_SQL = `
  SELECT status, count(*)::int AS count FROM unit
   WHERE network_id = $1 AND created_at < $2 GROUP BY status`;

/** Units whose authors (contributor tally and live log) belong to two or more schools. Parameters as above. */
export const CROSS_SCHOOL_UNITS_SQL = `
  WITH authors AS (
    SELECT u.id AS unit_id, dc.user_id FROM unit u JOIN document_contributor dc ON dc.document_id = u.document_id
     WHERE u.network_id = $1 AND u.created_at < $2
    UNION
    SELECT u.id, du.author_id FROM unit u JOIN document_update du ON du.document_id = u.document_id
     WHERE u.network_id = $1 AND u.created_at < $2 AND du.author_id IS NOT NULL
  )
  SELECT u.id AS "unitId", u.title, u.status,
         array_agg(DISTINCT s.name ORDER BY s.name) AS schools
    FROM authors a
    JOIN unit u ON u.id = a.unit_id
    JOIN membership m ON m.user_id = a.user_id AND m.network_id = u.network_id
    JOIN school s ON s.id = m.school_id
   GROUP BY u.id, u.title, u.status
  HAVING count(DISTINCT m.school_id) >= 2
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
