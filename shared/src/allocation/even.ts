/**
 * Evens out the loads inside each school after the plan is realized. Cross-school reviews come before
 * the balance across schools (a small school's students may write one more than the fair share so that
 * a big school's essays get outside readers), so a big school can be left with fewer reviews than its
 * students' fair share; the plan does not care how those are spread among them. Here a review moves
 * from a student with at least two more than a schoolmate to that schoolmate, whenever the move keeps
 * everything ranked above: the same school (cross-school counts and each essay's spread over schools
 * do not change), never the author, never twice, and for an essay of their own school a reviewer of
 * another class stays a reviewer of another class. Deterministic: ties go by index.
 */
import type { Model } from './model.js';

/** Moves reviews between schoolmates until no move helps; returns how many moved. */
export function evenLoads(m: Model, reviewersOf: number[][]): number {
  // Each reviewer's essays (ascending) in one flat array; a reviewer's list becomes a JS array only
  // when a move touches it (few do: most schools come out even).
  const R = m.revs.length;
  const load = new Int32Array(R);
  for (const list of reviewersOf) for (const r of list) load[r]++;
  const start = new Int32Array(R + 1);
  for (let r = 0; r < R; r++) start[r + 1] = start[r] + load[r];
  const flat = new Int32Array(start[R]);
  const fill = start.slice(0, R);
  reviewersOf.forEach((list, s) => {
    for (const r of list) flat[fill[r]++] = s;
  });
  const lists: (number[] | undefined)[] = new Array(R);
  const essaysOf = (r: number) => (lists[r] ??= Array.from(flat.subarray(start[r], start[r + 1])));
  const keepsTier = (s: number, from: number, to: number) => {
    if (!m.cross || m.subSchool[s] !== m.revSchool[to]) return true;
    // Home essay: another class must stay another class; the own class may improve to another.
    return m.revClass[from] === m.subClass[s] || m.revClass[to] !== m.subClass[s];
  };
  const movable = (s: number, from: number, to: number) =>
    m.subAuthor[s] !== to && !reviewersOf[s].includes(to) && keepsTier(s, from, to);
  let moves = 0;
  for (const group of m.schoolRevs) {
    if (group.length < 2) continue;
    let low = Infinity;
    let high = -Infinity;
    for (const r of group) {
      low = Math.min(low, load[r]);
      high = Math.max(high, load[r]);
    }
    if (high - low < 2) continue; // already even: no pass could move anything
    const order = [...group];
    // Passes over the school, heaviest against lightest, until a pass moves nothing (usually one or two).
    for (let moved = true; moved;) {
      moved = false;
      order.sort((a, b) => load[a] - load[b] || a - b);
      let first = 0;
      for (let h = order.length - 1; h > first; h--) {
        const heavy = order[h];
        if (load[heavy] - load[order[first]] < 2) break;
        for (let l = first; l < h && load[heavy] - load[order[l]] >= 2; l++) {
          const light = order[l];
          const from = essaysOf(heavy);
          const i = from.findIndex((s) => movable(s, heavy, light));
          if (i < 0) continue;
          const s = from[i];
          from.splice(i, 1);
          essaysOf(light).push(s);
          const list = reviewersOf[s];
          list[list.indexOf(heavy)] = light;
          load[heavy]--;
          load[light]++;
          moves++;
          moved = true;
          // The lightest may no longer be light: start from the next one.
          while (first < h - 1 && load[order[first]] > load[order[first + 1]]) first++;
          l = first - 1;
        }
      }
    }
  }
  return moves;
}
