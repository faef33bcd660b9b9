/**
 * Every row of the database that belongs to a network, found by following ids: the rows whose text
 * contains the network's id, then the rows that contain the ids of those, and so on. Used to list a
 * network's ids (what must never show up elsewhere) and to prove that nothing of it changed.
 */
import type { DataSource } from 'typeorm';

/** Tables whose rows change on their own or say nothing about a network. */
const SKIPPED = new Set(['migrations', 'typeorm_metadata', 'session', 'sign_in_attempt']);

export interface NetworkRows {
  /** The ids of the rows found (uuids), without the excluded ones. */
  ids: string[];
  /** Per table, a hash of each row found, sorted. */
  rows: Record<string, string[]>;
}

async function tables(db: DataSource): Promise<{ name: string; hasId: boolean }[]> {
  const list: { table_name: string; has_id: boolean }[] = await db.query(
    `SELECT t.table_name,
            EXISTS (SELECT 1 FROM information_schema.columns c
                     WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'id') AS has_id
       FROM information_schema.tables t
      WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
      ORDER BY t.table_name`,
  );
  return list.filter((t) => !SKIPPED.has(t.table_name)).map((t) => ({ name: t.table_name, hasId: t.has_id }));
}

/**
 * The rows reachable from `seeds` (ids), following the ids of the rows found `depth` times. Ids in
 * `exclude` (a person who also belongs elsewhere, the other network) are never followed.
 */
export async function networkRows(
  db: DataSource,
  seeds: string[],
  exclude: string[] = [],
  depth = 3,
): Promise<NetworkRows> {
  const list = await tables(db);
  const skip = new Set(exclude);
  const known = new Set(seeds);
  for (let round = 0; round < depth; round++) {
    const before = known.size;
    for (const t of list.filter((x) => x.hasId)) {
      const found: { id: string }[] = await db.query(
        `SELECT t.id::text AS id FROM "${t.name}" t
          WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) s WHERE strpos(t::text, s) > 0)`,
        [[...known]],
      );
      for (const { id } of found) if (!skip.has(id)) known.add(id);
    }
    if (known.size === before) break;
  }
  const ids = [...known].filter((id) => !skip.has(id));
  return { ids, rows: await hashes(db, list, ids) };
}

/** The hashes of the rows of every table whose text contains one of `ids`. */
export async function hashes(
  db: DataSource,
  list: { name: string }[] | null,
  ids: string[],
): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of list ?? (await tables(db))) {
    const found: { h: string }[] = await db.query(
      `SELECT md5(t::text) AS h FROM "${t.name}" t
        WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) s WHERE strpos(t::text, s) > 0) ORDER BY 1`,
      [ids],
    );
    if (found.length) out[t.name] = found.map((r) => r.h);
  }
  return out;
}
