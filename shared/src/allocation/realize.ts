/**
 * Turns the aggregate plan into named reviewers:
 *  - each essay's quota per school (and per class at home) by dealing the plan's amounts to the
 *    essays that still need the most, one per essay per round, so no essay gets a school twice while
 *    another essay still lacks it;
 *  - each reviewer's room: the balanced share, one more for as many as the plan says;
 *  - inside each group of reviewers, Gale–Ryser's greedy: every request takes the reviewers with the
 *    most room left (never the author), which fills every request whenever the counts allow it;
 *  - anything left over (only in degenerate pools; never seen in the property tests) goes to the best
 *    eligible reviewer anywhere.
 */
import { planClasses, type ClassPlan, type SchoolPlan } from './plan.js';
import type { Model } from './model.js';

const CLASS = 0;
const SCHOOL = 1;

interface Column {
  kind: typeof CLASS | typeof SCHOOL;
  group: number;
  amount: number;
}

/** Gives `total` reviews to `reviewers` as evenly as possible, in their (seeded) order. */
function spreadCapacity(capacity: Int32Array, reviewers: number[], total: number, share: number): void {
  if (reviewers.length === 0) return;
  for (const r of reviewers) capacity[r] = share;
  let rest = total - share * reviewers.length;
  for (let i = 0; rest !== 0; i = (i + 1) % reviewers.length) {
    const r = reviewers[i];
    if (rest > 0) {
      capacity[r]++;
      rest--;
    } else if (capacity[r] > 0) {
      capacity[r]--;
      rest++;
    }
  }
}

export function realize(m: Model, schools: SchoolPlan): { reviewersOf: number[][]; repaired: number } {
  const { requests, classPlans } = quotas(m, schools);
  const residual = capacities(m, schools, classPlans, requests);
  const reviewersOf: number[][] = m.subs.map(() => []);
  for (let c = 0; c < m.classCount; c++) serve(m, m.classRevs[c], requests[CLASS][c], residual, reviewersOf);
  for (let Y = 0; Y < m.schoolCount; Y++) serve(m, m.schoolRevs[Y], requests[SCHOOL][Y], residual, reviewersOf);
  // Essays the plan could not place in full (rounding in tiny pools) or a group could not fill.
  let repaired = 0;
  m.subs.forEach((_, s) => {
    const missing = m.demand[s] - reviewersOf[s].length;
    if (missing > 0) repaired += repair(m, s, missing, residual, reviewersOf);
  });
  return { reviewersOf, repaired };
}

/** requests[kind][group]: (essay, count) pairs, flattened, asked of a class (CLASS) or a school (SCHOOL). */
type Requests = number[][][];

/**
 * Each essay's quota per school, and per class where a school reviews some of its own essays under
 * cross-school rules (a "planned" school: its class plan is made here, once the quotas it will
 * receive from the other schools are known).
 */
function quotas(m: Model, schools: SchoolPlan): { requests: Requests; classPlans: Map<number, ClassPlan> } {
  const requests: Requests = [
    Array.from({ length: m.classCount }, () => []),
    Array.from({ length: m.schoolCount }, () => []),
  ];
  const need = Int32Array.from(m.demand);
  const count = new Int32Array(m.subs.length); // stripe's scratch
  const limit = (s: number, col: Column) => {
    const a = m.subAuthor[s];
    if (col.kind === CLASS) return m.classRevs[col.group].length - (a >= 0 && m.revClass[a] === col.group ? 1 : 0);
    return m.schoolRevs[col.group].length - (a >= 0 && m.revSchool[a] === col.group ? 1 : 0);
  };
  const emit = (s: number, col: Column, q: number) => requests[col.kind][col.group].push(s, q);
  // Columns that hold the rows' authors (own school, own class) go first: they suit fewer rows.
  const ownFirst = (cols: Column[], own: number) =>
    cols.sort((a, b) => Number(b.group === own) - Number(a.group === own) || b.amount - a.amount);
  const crossColumns = (X: number, home: boolean) => {
    const cols: Column[] = [];
    schools.flow[X].forEach((amount, Y) => {
      if (amount > 0 && (Y !== X || home)) cols.push({ kind: SCHOOL, group: Y, amount });
    });
    return ownFirst(cols, X);
  };
  const planned: number[] = [];
  for (let X = 0; X < m.schoolCount; X++) {
    if (m.cross && schools.flow[X][X] > 0) planned.push(X);
    else stripe(m.schoolSubs[X], need, crossColumns(X, !m.cross), limit, emit, count);
  }
  const classPlans = new Map<number, ClassPlan>();
  for (const X of planned) {
    const incoming = new Array<number>(m.k + 1).fill(0);
    const reqs = requests[SCHOOL][X];
    for (let i = 0; i < reqs.length; i += 2) incoming[reqs[i + 1]]++;
    // Essays of other planned schools (rare): their quotas are not dealt yet, so count an even split.
    for (const Y of planned) {
      const n = m.schoolSubs[Y].length;
      const x = Y === X || n === 0 ? 0 : schools.flow[Y][X];
      if (x === 0) continue;
      const q = Math.min(m.k, Math.floor(x / n));
      incoming[q] += n - (x % n);
      if (x % n) incoming[Math.min(m.k, q + 1)] += x % n;
    }
    incoming[0] = 0;
    const plan = planClasses(m, X, schools, incoming);
    classPlans.set(X, plan);
    for (const c of m.schoolClasses[X]) {
      const cols = (plan.internal.get(c) ?? []).map((v): Column => ({ kind: CLASS, group: v.cls, amount: v.amount }));
      stripe(m.classSubs[c], need, ownFirst(cols, c), limit, emit, count);
    }
  }
  for (const X of planned) stripe(m.schoolSubs[X], need, crossColumns(X, false), limit, emit, count);
  // In a planned school, other schools' requests are split over its classes by the plan's budgets, so
  // every group of reviewers gets one kind of request only.
  const split = new Int32Array(m.subs.length);
  for (const X of planned) {
    const plan = classPlans.get(X)!;
    const budget = new Map(plan.load);
    for (const list of plan.internal.values()) for (const v of list) budget.set(v.cls, budget.get(v.cls)! - v.amount);
    const reqs = requests[SCHOOL][X];
    const rows: number[] = [];
    for (let i = 0; i < reqs.length; i += 2) {
      rows.push(reqs[i]);
      split[reqs[i]] = reqs[i + 1];
    }
    const cols = [...budget].map(([group, amount]): Column => ({ kind: CLASS, group, amount }));
    stripe(rows, split, ownFirst(cols, -1), limit, emit, count);
    requests[SCHOOL][X] = [];
  }
  return { requests, classPlans };
}

/**
 * Each reviewer's room: the share, and one more for as many as the plan gives the school (or class);
 * the one more goes first to reviewers who may review every essay of their group (not its authors).
 */
function capacities(m: Model, schools: SchoolPlan, classPlans: Map<number, ClassPlan>, requests: Requests) {
  const residual = new Int32Array(m.revs.length);
  const authorHere = new Uint8Array(m.revs.length);
  requests.forEach((groups, kind) =>
    groups.forEach((reqs, group) => {
      for (let i = 0; i < reqs.length; i += 2) {
        const a = m.subAuthor[reqs[i]];
        if (a >= 0 && (kind === CLASS ? m.revClass[a] : m.revSchool[a]) === group) authorHere[a] = 1;
      }
    }),
  );
  const order = (list: number[]) => [...list.filter((r) => !authorHere[r]), ...list.filter((r) => authorHere[r])];
  for (let Y = 0; Y < m.schoolCount; Y++) {
    const plan = classPlans.get(Y);
    if (plan)
      for (const c of m.schoolClasses[Y]) spreadCapacity(residual, order(m.classRevs[c]), plan.load.get(c)!, m.share);
    else spreadCapacity(residual, order(m.schoolRevs[Y]), schools.load[Y], m.share);
  }
  return residual;
}

/**
 * Deals each column's units to the rows that need the most reviews still (Gale–Ryser's order, so every
 * row can be completed whenever the amounts allow it), one unit per row per pass, round-robin among
 * rows that need as many (a served row goes to the back of its new bucket).
 */
function stripe(
  rows: number[],
  need: Int32Array,
  columns: Column[],
  limit: (s: number, col: Column) => number,
  emit: (s: number, col: Column, q: number) => void,
  count: Int32Array,
): void {
  let top = 0;
  for (const s of rows) top = Math.max(top, need[s]);
  const items: number[][] = Array.from({ length: top + 1 }, () => []);
  const head = new Array<number>(top + 1).fill(0);
  for (const s of rows) if (need[s] > 0) items[need[s]].push(s);
  // Units each row got from the current column: `count` is zero outside this call; `served` keeps
  // first-served order (the order requests are emitted in). `picked` is reused with a count.
  const served: number[] = [];
  const picked: number[] = [];
  for (const col of columns) {
    let remaining = col.amount;
    while (remaining > 0) {
      let n = 0;
      for (let b = top; b >= 1 && n < remaining; b--) {
        for (let i = head[b]; i < items[b].length && n < remaining; i++) {
          const s = items[b][i];
          if (count[s] < limit(s, col)) picked[n++] = s;
        }
      }
      if (n === 0) break;
      for (let j = 0; j < n; j++) {
        const s = picked[j];
        const bucket = items[need[s]];
        // Served rows leave their bucket; the bucket keeps its order (rows are found by position).
        const at = bucket.indexOf(s, head[need[s]]);
        if (at === head[need[s]]) head[need[s]]++;
        else bucket.splice(at, 1);
        if (count[s]++ === 0) served.push(s);
        if (--need[s] > 0) items[need[s]].push(s);
      }
      remaining -= n;
    }
    for (const s of served) {
      emit(s, col, count[s]);
      count[s] = 0;
    }
    served.length = 0;
  }
}

/**
 * Gale–Ryser greedy over one group: each request takes the reviewers with the most room left. The
 * forbidden pair (an author and their own essay) can leave a request with room only at its author or
 * at reviewers it already has; then an earlier request of the group swaps with it.
 */
function serve(m: Model, reviewers: number[], reqs: number[], residual: Int32Array, reviewersOf: number[][]): void {
  if (reqs.length === 0) return;
  let top = 0;
  for (const r of reviewers) top = Math.max(top, residual[r]);
  // Buckets by room left; an entry is stale once the reviewer's room changed (it is pushed again).
  const items: number[][] = Array.from({ length: top + 1 }, () => []);
  const head = new Array<number>(top + 1).fill(0);
  for (const r of reviewers) if (residual[r] > 0) items[residual[r]].push(r);
  const take = (r: number) => {
    if (--residual[r] > 0) items[residual[r]].push(r);
  };
  const made: number[] = [];
  // Scratch reused by every request, with counts (no allocation or length resets per request).
  const chosen = new Int32Array(m.k);
  const aside: number[] = []; // (reviewer, bucket) pairs put back after the request
  const order: number[] = [];
  for (let q = m.k; q >= 1; q--) for (let i = 0; i < reqs.length; i += 2) if (reqs[i + 1] === q) order.push(i);
  for (const i of order) {
    const s = reqs[i];
    const q = reqs[i + 1];
    let chosenCount = 0;
    let asideCount = 0;
    for (let b = top; chosenCount < q;) {
      while (b >= 1 && head[b] >= items[b].length) b--;
      if (b < 1) break;
      const r = items[b][head[b]++];
      if (residual[r] !== b) continue;
      if (r === m.subAuthor[s] || reviewersOf[s].includes(r)) {
        aside[asideCount++] = r;
        aside[asideCount++] = b;
      } else chosen[chosenCount++] = r;
    }
    for (let j = asideCount - 2; j >= 0; j -= 2) items[aside[j + 1]][--head[aside[j + 1]]] = aside[j];
    for (let j = 0; j < chosenCount; j++) {
      const r = chosen[j];
      reviewersOf[s].push(r);
      made.push(s, r);
      take(r);
    }
    // Short: the room left is with the author or with reviewers this essay already has. Swap it in.
    if (chosenCount < q) {
      const stuck: number[] = [];
      for (let j = 0; j < asideCount; j += 2) stuck.push(aside[j]);
      for (let j = 0; j < chosenCount; j++) stuck.push(chosen[j]);
      for (let missing = q - chosenCount, j = 0; missing > 0 && j < stuck.length;) {
        if (residual[stuck[j]] > 0 && swapIn(m, s, stuck[j], made, reviewersOf)) {
          take(stuck[j]);
          missing--;
        } else j++;
      }
    }
  }
}

/** Finds an earlier (s2, r2) where r may review s2 and r2 may review s; s2 takes r, s takes r2. */
function swapIn(m: Model, s: number, r: number, made: number[], reviewersOf: number[][]): boolean {
  for (let i = made.length - 2; i >= 0; i -= 2) {
    const [s2, r2] = [made[i], made[i + 1]];
    if (s2 === s || r2 === m.subAuthor[s] || reviewersOf[s].includes(r2)) continue;
    if (r === m.subAuthor[s2] || reviewersOf[s2].includes(r)) continue;
    reviewersOf[s2][reviewersOf[s2].indexOf(r2)] = r;
    reviewersOf[s].push(r2);
    made[i + 1] = r;
    made.push(s, r2);
    return true;
  }
  return false;
}

/** The fallback path: the best eligible reviewer anywhere (room left, then cross-school, then new school). */
function repair(m: Model, s: number, missing: number, residual: Int32Array, reviewersOf: number[][]): number {
  const X = m.subSchool[s];
  const home = m.subClass[s];
  for (let u = 0; u < missing; u++) {
    let best = -1;
    let bestKey: number[] = [];
    for (let r = 0; r < m.revs.length; r++) {
      if (r === m.subAuthor[s] || reviewersOf[s].includes(r)) continue;
      const tier = !m.cross || m.revSchool[r] !== X ? 0 : m.revClass[r] !== home ? 1 : 2;
      const repeats = reviewersOf[s].filter((o) => m.revSchool[o] === m.revSchool[r]).length;
      const key = [residual[r] > 0 ? 0 : 1, tier, repeats, -residual[r]];
      if (best < 0 || lexLess(key, bestKey)) {
        best = r;
        bestKey = key;
      }
    }
    if (best < 0) return u;
    reviewersOf[s].push(best);
    residual[best]--;
  }
  return missing;
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}
