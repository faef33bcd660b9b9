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
  const load = new Int32Array(m.revs.length);
  const essays: number[][] = m.revs.map(() => []);
  reviewersOf.forEach((list, s) => {
    for (const r of list) {
      load[r]++;
      essays[r].push(s);
    }
  });
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
          const i = essays[heavy].findIndex((s) => movable(s, heavy, light));
          if (i < 0) continue;
          const s = essays[heavy][i];
          essays[heavy].splice(i, 1);
          essays[light].push(s);
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
