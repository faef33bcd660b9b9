import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type FindOptionsWhere } from 'typeorm';
import type { GqlContext } from './auth-context.js';

/** One DataLoader per name and request, so a page's nested fields cost one query per kind, not per row. */
export function loaderFor<K, V>(
  ctx: GqlContext,
  name: string,
  batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>,
): DataLoader<K, V> {
  const loaders = (ctx.loaders ??= new Map());
  let l = loaders.get(name) as DataLoader<K, V> | undefined;
  if (!l) {
    l = new DataLoader<K, V>(async (keys) => batch(keys));
    loaders.set(name, l);
  }
  return l;
}

/** Orders rows to match keys (null where missing), for one-to-one loaders. */
export function oneEach<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): (T | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** Rows by key, each list in the rows' order (one pass, not a filter per key). */
export function groupBy<T, K>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

/** Groups rows by key in key order, for one-to-many loaders. */
export function manyEach<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const map = groupBy(rows, keyOf);
  return keys.map((k) => map.get(k) ?? []);
}

/**
 * Rows of an entity by id. Given the request's context, each row is read once per request and shared
 * by every service that reads it there (the access contexts of units and groups, a fork's lineage):
 * a page that reaches one group three ways reads it once. Without a context (mutations' own checks,
 * the live gateway), it reads them now.
 */
export async function rowsByIds<T extends { id: string }>(
  db: DataSource,
  entity: EntityTarget<T> & { name: string },
  ids: readonly string[],
  ctx?: GqlContext,
): Promise<T[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const read = (keys: readonly string[]) =>
    db.getRepository(entity).findBy({ id: In([...keys]) } as FindOptionsWhere<T>);
  if (!ctx) return read(unique);
  const loader = loaderFor<string, T | null>(ctx, `rows:${entity.name}`, async (keys) =>
    oneEach(keys, await read(keys), (r) => r.id),
  );
  // load, not loadMany: a failed read (the database not answering) fails the caller, never "not found".
  const rows: (T | null)[] = await Promise.all(unique.map((id) => loader.load(id)));
  return rows.filter((r): r is T => r !== null);
}
