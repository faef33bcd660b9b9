/**
 * The same items in an order fixed by `seed` (a hash of each position): property tests ask whether
 * a result depends on the order its inputs come in.
 */
export function shuffledBySeed<T>(items: readonly T[], seed: number): T[] {
  return items
    .map((item, i) => ({ item, key: (Math.imul(i + 1, 2654435761) ^ seed) >>> 0 }))
    .sort((a, b) => a.key - b.key)
    .map((v) => v.item);
}
