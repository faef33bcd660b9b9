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
 * Rows by key, each read once per request when given the request's context and shared by every
 * service that reads it there (`name` names the kind of row); without a context (mutations' own
 * checks, the live gateway), they are read now. Missing keys are left out.
 */
export async function readOncePerRequest<T>(
  ctx: GqlContext | undefined,
  name: string,
  keys: readonly string[],
  read: (keys: readonly string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): Promise<T[]> {
  const unique = [...new Set(keys)];
  if (!unique.length) return [];
  if (!ctx) return read(unique);
  const loader = loaderFor<string, T | null>(ctx, name, async (batch) => oneEach(batch, await read(batch), keyOf));
  // load, not loadMany: a failed read (the database not answering) fails the caller, never "not found".
  const rows: (T | null)[] = await Promise.all(unique.map((k) => loader.load(k)));
  return rows.filter((r): r is T => r !== null);
}

/**
 * Rows of an entity by id, once per request (`readOncePerRequest`): a page that reaches one group
 * through its unit, its own field and a fork's original reads it once.
 */
export function rowsByIds<T extends { id: string }>(
  db: DataSource,
  entity: EntityTarget<T> & { name: string },
  ids: readonly string[],
  ctx?: GqlContext,
): Promise<T[]> {
  return readOncePerRequest(
    ctx,
    `rows:${entity.name}`,
    ids,
    (keys) => db.getRepository(entity).findBy({ id: In([...keys]) } as FindOptionsWhere<T>),
    (r) => r.id,
  );
}
