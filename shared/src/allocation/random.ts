/** Seeded randomness for the allocation: the same seed always gives the same choices (no Math.random). */

export type AllocationSeed = string | number;

/** 32-bit hash of a string (MurmurHash3's mixer over FNV-1a), used to seed the generator and to break ties. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A stable tie-breaker for one pair of ids under a seed: the same inputs give the same number in any order. */
export function pairRank(seed: AllocationSeed, a: string, b: string): number {
  return hashString(`${String(seed)}\u0000${a}\u0000${b}`);
}

/** mulberry32: small, fast, good enough to shuffle; returns integers in [0, 2^32). */
export function createRandom(seed: AllocationSeed): () => number {
  let state = hashString(`switchback-allocation\u0000${String(seed)}`);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Fisher–Yates shuffle in place with the seeded generator. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random() % (i + 1);
    const tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
  }
  return items;
}
