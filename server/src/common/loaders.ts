import DataLoader from 'dataloader';
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
