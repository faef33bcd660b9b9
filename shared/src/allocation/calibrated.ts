/**
 * The calibration tie-breaker (issue 15): after the allocation is made by its rules, essays with no
 * calibrated reviewer get one where a swap that changes nothing the rules look at allows it.
 *
 * A swap exchanges two reviewers of the same school between two essays: a calibrated reviewer r1 of
 * an essay s1 that has at least two calibrated reviewers, and a reviewer r2 of an essay s2 that has
 * none. It is made only when neither becomes a self review or a repeat, and each essay keeps the same
 * kind of reviewer (another school / another class of its school / its own class). So every reviewer's
 * load, every essay's number of reviews, its reviewers' schools, its home-school and own-class counts
 * stay exactly as they were; s1 keeps a calibrated reviewer and s2 gains one.
 *
 * One pass over the essays lacking a calibrated reviewer (in the seeded order) is enough: a donor
 * essay only ever loses calibrated reviewers and a lacking essay's reviewers do not change until it
 * receives one, so a swap refused once stays refused. The result is therefore "swap-maximal": no
 * essay without a calibrated reviewer could get one by such a swap. With no calibrated reviewer in the
 * pool nothing runs, so the allocation is exactly what it was before calibration existed.
 */
import type { Model } from './model.js';

/** Makes the swaps in place; returns how many essays gained a calibrated reviewer. */
export function preferCalibrated(m: Model, reviewersOf: number[][]): number {
  const calibrated = Uint8Array.from(m.revs, (r) => (r.calibrated ? 1 : 0));
  if (!calibrated.includes(1)) return 0;
  const count = Int32Array.from(reviewersOf, (list) => list.filter((r) => calibrated[r]).length);
  // Donor pairs (s1, r1), flattened, by r1's class: a reviewer of the same class as r2 always keeps
  // the kind of reviewer; another class of the same school may (see `swappable`).
  const donors: number[][] = Array.from({ length: m.classCount }, () => []);
  const order = m.schoolSubs.flat();
  for (const s of order)
    if (count[s] >= 2) for (const r of reviewersOf[s]) if (calibrated[r]) donors[m.revClass[r]].push(s, r);
  const classesOf = (Y: number, first: number) => [first, ...m.schoolClasses[Y].filter((c) => c !== first)];

  let gained = 0;
  for (const s2 of order) {
    if (count[s2] > 0) continue;
    found: for (const r2 of reviewersOf[s2]) {
      for (const c of classesOf(m.revSchool[r2], m.revClass[r2])) {
        const list = donors[c];
        for (let i = 0; i < list.length;) {
          const [s1, r1] = [list[i], list[i + 1]];
          if (count[s1] < 2 || !reviewersOf[s1].includes(r1)) {
            // Stale for good: s1 gave away calibrated reviewers (it never gains any back).
            list[i] = list[list.length - 2];
            list[i + 1] = list[list.length - 1];
            list.length -= 2;
            continue;
          }
          if (swappable(m, reviewersOf, s1, r1, s2, r2)) {
            reviewersOf[s1][reviewersOf[s1].indexOf(r1)] = r2;
            reviewersOf[s2][reviewersOf[s2].indexOf(r2)] = r1;
            count[s1]--;
            count[s2]++;
            gained++;
            break found;
          }
          i += 2;
        }
      }
    }
  }
  return gained;
}

/**
 * The kind of reviewer r is for essay s: 0 another school, 1 another class of its school, 2 its own
 * class. Kept even without cross-school rules, so that the summary's counts do not change either.
 */
const tierOf = (m: Model, s: number, r: number) =>
  m.revSchool[r] !== m.subSchool[s] ? 0 : m.revClass[r] !== m.subClass[s] ? 1 : 2;

/** r1 (on s1) and r2 (on s2), of the same school, may trade places without changing anything the rules measure. */
function swappable(m: Model, reviewersOf: number[][], s1: number, r1: number, s2: number, r2: number): boolean {
  return (
    s1 !== s2 &&
    m.revSchool[r1] === m.revSchool[r2] &&
    r1 !== m.subAuthor[s2] &&
    r2 !== m.subAuthor[s1] &&
    !reviewersOf[s2].includes(r1) &&
    !reviewersOf[s1].includes(r2) &&
    tierOf(m, s1, r1) === tierOf(m, s1, r2) &&
    tierOf(m, s2, r2) === tierOf(m, s2, r1)
  );
}
