/**
 * The aggregate plan: how many of school X's reviews are written at school Y (a min-cost flow over
 * schools), and, inside a school that must review some of its own essays, which of its classes review
 * which (a second flow over that school's classes). Costs are lexicographic weights, each larger than
 * any simple cycle of the weights below it can save, so the cheapest flow is, in this order:
 *   1. balanced (every reviewer does floor(T/R) or one more), 2. cross-school wherever any other school
 *   has room, 3. other classes before the author's own, 4. few pairs of an essay's reviewers from one
 *   school (the t-th reviewer from the same school costs t - 1), 5. each school's essays spread over
 *   the other schools in proportion to them.
 * The school flow sees classes only through an estimate of how much other classes can take at home;
 * the class flow then works with the school flow's amounts (and the exact requests from other schools).
 */
import { INFINITE_CAPACITY, MinCostFlow } from './min-cost-flow.js';
import type { Model } from './model.js';

export interface SchoolPlan {
  /** flow[X][Y]: reviews of school X's essays written by students of school Y. */
  flow: number[][];
  /** load[Y]: reviews written by school Y's students. */
  load: number[];
}

export interface ClassPlan {
  /** For each class of the school with essays: reviews its essays get from each class of the same school. */
  internal: Map<number, { cls: number; amount: number }[]>;
  /** Reviews each class of the school writes in all (for its own school and for others). */
  load: Map<number, number>;
}

interface Weights {
  prop: number;
  repeat: number;
  school: number;
  cls: number;
  extra: number;
  over: number;
}

/**
 * Each level's weight exceeds what the levels below can add up to on any simple cycle (nodes × their
 * largest edge cost), so the cheapest flow is lexicographically best. When the numbers would pass 2^53
 * (hundreds of schools or classes), the finest levels go first: proportions, then school repeats.
 */
function weights(nodes: number, k: number, levels: { school: boolean; cls: boolean; over: boolean }): Weights {
  for (const detail of [2, 1, 0]) {
    let below = 0;
    const level = (units: number) => {
      const weight = nodes * below + 1;
      below += weight * units;
      return weight;
    };
    const prop = detail >= 2 ? level(1) : 0;
    const repeat = detail >= 1 ? level(Math.max(0, k - 1)) : 0;
    const cls = levels.cls ? level(1) : 0;
    const extra = level(1);
    const school = levels.school ? level(1) : 0;
    const over = levels.over ? level(1) : 0;
    if (Number.isSafeInteger(below * nodes * 4)) return { prop, repeat, school, cls, extra, over };
  }
  throw new Error('Too many schools or classes for one allocation');
}

/** Adds the reviewer-side sink edges: the balanced share, one more, and (only if nothing else works) beyond. */
function addCapacity(g: MinCostFlow, node: number, sink: number, reviewers: number, share: number, w: Weights) {
  return [
    g.addEdge(node, sink, reviewers * share, 0),
    g.addEdge(node, sink, reviewers, w.extra),
    g.addEdge(node, sink, w.over > 0 ? INFINITE_CAPACITY : 0, w.over),
  ];
}

/** Splits `capacity` units at `target`: units up to the target cost `cost`, the rest `cost + penalty`. */
function addSplit(
  g: MinCostFlow,
  from: number,
  to: number,
  capacity: number,
  target: number,
  cost: number,
  penalty: number,
) {
  const under = Math.max(0, Math.min(capacity, target));
  return [g.addEdge(from, to, under, cost), g.addEdge(from, to, capacity - under, cost + penalty)];
}

/**
 * How many of school X's reviews could come from another class of X (an upper estimate: per essay,
 * the students of the other classes; per class, what those students can do at one more than the share).
 */
function otherClassRoom(m: Model, X: number): number {
  const atSchool = m.schoolRevs[X].length;
  let room = 0;
  for (const c of m.schoolClasses[X]) {
    const others = atSchool - m.classRevs[c].length;
    let wanted = 0;
    for (const s of m.classSubs[c]) wanted += Math.min(m.demand[s], others);
    room += Math.min(wanted, (m.share + 1) * others);
  }
  return room;
}

export function planSchools(m: Model): SchoolPlan {
  const S = m.schoolCount;
  const k = m.k;
  const R = m.revs.length;
  const size = m.schoolRevs.map((r) => r.length);
  const demand = new Array<number>(S).fill(0);
  // atLeast[X][t]: essays of X that need at least t reviews; authorAt: the same, counted per author's school.
  const atLeast = Array.from({ length: S }, () => new Array<number>(k + 1).fill(0));
  const authorAt = new Map<number, number[]>();
  m.subs.forEach((_, s) => {
    const X = m.subSchool[s];
    const d = m.demand[s];
    demand[X] += d;
    for (let t = 1; t <= d; t++) atLeast[X][t]++;
    if (m.subAuthor[s] >= 0) {
      const key = X * S + m.revSchool[m.subAuthor[s]];
      const counts = authorAt.get(key) ?? new Array<number>(k + 1).fill(0);
      for (let t = 1; t <= d; t++) counts[t]++;
      authorAt.set(key, counts);
    }
  });

  const flow = Array.from({ length: S }, () => new Array<number>(S).fill(0));
  const load = new Array<number>(S).fill(0);
  if (m.total === 0) return { flow, load };

  const nodes = 2 * S + 2;
  const sink = nodes - 1;
  const w = weights(nodes, k, { school: m.cross, cls: m.cross, over: true });
  const g = new MinCostFlow(nodes);
  // Per school pair (X, Y): X, Y and the marks around its edges, flat.
  const pairEdges: number[] = [];
  const estimate = (Y: number) => (size[Y] * m.total) / R;
  for (let X = 0; X < S; X++) {
    if (demand[X] === 0) continue;
    g.addEdge(0, 1 + X, demand[X], 0);
    for (let Y = 0; Y < S; Y++) {
      if (size[Y] === 0) continue;
      const others = m.cross ? m.total - estimate(X) : m.total;
      const target = others > 0 ? Math.ceil((demand[X] * estimate(Y)) / others) : demand[X];
      // At home (cross-school rules), units beyond what other classes can take are own-class reviews.
      const home = X === Y && m.cross;
      const [limit, penalty] = home ? [otherClassRoom(m, X), w.cls] : [target, w.prop];
      const start = g.mark;
      let before = 0;
      for (let t = 1; t <= k; t++) {
        const capacity =
          t < size[Y] ? atLeast[X][t] : t === size[Y] ? atLeast[X][t] - (authorAt.get(X * S + Y)?.[t] ?? 0) : 0;
        if (capacity <= 0) break;
        const cost = (t - 1) * w.repeat + (home ? w.school : 0);
        addSplit(g, 1 + X, 1 + S + Y, capacity, limit - before, cost, penalty);
        before += capacity;
      }
      pairEdges.push(X, Y, start, g.mark);
    }
  }
  const sinkEdges = Array.from({ length: S }, (_, Y) => addCapacity(g, 1 + S + Y, sink, size[Y], m.share, w));
  g.run(0, sink, m.total);
  for (let p = 0; p < pairEdges.length; p += 4)
    flow[pairEdges[p]][pairEdges[p + 1]] = g.flowBetween(pairEdges[p + 2], pairEdges[p + 3]);
  for (let Y = 0; Y < S; Y++) load[Y] = sinkEdges[Y].reduce((sum, e) => sum + g.flowOn(e), 0);
  return { flow, load };
}

/**
 * Inside school X when some of its essays must be reviewed at home: which class reviews which, keeping
 * reviews out of the author's own class where possible and letting the biggest class take most of the
 * reviews that come from and go to other schools. Classes big enough to give any essay all its reviews
 * are reached through a segment tree ("every class but mine" in O(log L) edges, not L); small classes
 * get direct edges with their exact per-essay limits.
 */
export function planClasses(m: Model, X: number, schools: SchoolPlan, incoming: number[]): ClassPlan {
  const classes = m.schoolClasses[X];
  const L = classes.length;
  const size = classes.map((c) => m.classRevs[c].length);
  const fromOthers = incoming.reduce((sum, n, q) => sum + n * q, 0);
  const toOthers = schools.flow[X].reduce((sum, v, Y) => sum + (Y === X ? 0 : v), 0);
  const outside = m.revs.length - m.schoolRevs[X].length;
  const demand = classes.map((c) => m.classSubs[c].reduce((sum, s) => sum + m.demand[s], 0));
  const schoolDemand = demand.reduce((a, b) => a + b, 0);
  const big = size.flatMap((n, j) => (n - 1 >= m.k ? [j] : []));
  const position = new Int32Array(L).fill(-1);
  big.forEach((j, p) => (position[j] = p));

  // Nodes: source 0, essays of class i at 1 + i, their home reviews at 1 + L + i, reviewers of class j
  // at 1 + 2L + j, then the reviews going to other schools, the sink, the other schools' essays by how
  // many reviews they ask here (1..k), and the inner nodes of the segment tree.
  const [homeNode, revNode] = [(i: number) => 1 + L + i, (j: number) => 1 + 2 * L + j];
  const [toOthersNode, sink] = [3 * L + 1, 3 * L + 2];
  const fromOthersNode = (q: number) => 3 * L + 2 + q;
  const nodes = 3 * L + 3 + m.k + Math.max(0, big.length - 1);
  const w = weights(nodes, m.k, {
    school: false,
    cls: true,
    over: schools.load[X] > m.schoolRevs[X].length * (m.share + 1),
  });
  const g = new MinCostFlow(nodes);
  let nextNode = 3 * L + 3 + m.k;
  const tree: TreeNode[] = [];
  const build = (lo: number, hi: number): number => {
    if (lo === hi) {
      tree.push({ lo, hi, node: revNode(big[lo]), left: -1, right: -1, leftEdge: -1, rightEdge: -1 });
      return tree.length - 1;
    }
    const mid = (lo + hi) >> 1;
    const [node, left, right] = [nextNode++, build(lo, mid), build(mid + 1, hi)];
    const leftEdge = g.addEdge(node, tree[left].node, INFINITE_CAPACITY, 0);
    const rightEdge = g.addEdge(node, tree[right].node, INFINITE_CAPACITY, 0);
    tree.push({ lo, hi, node, left, right, leftEdge, rightEdge });
    return tree.length - 1;
  };
  const root = big.length > 0 ? build(0, big.length - 1) : -1;
  const cover = (t: number, lo: number, hi: number, out: number[]) => {
    const n = tree[t];
    if (hi < n.lo || n.hi < lo) return;
    if (lo <= n.lo && n.hi <= hi) out.push(n.node);
    else {
      cover(n.left, lo, hi, out);
      cover(n.right, lo, hi, out);
    }
  };

  const direct: { i: number; j: number; edge: number }[] = [];
  const entries: { i: number; node: number; edge: number }[] = [];
  for (let i = 0; i < L; i++) {
    if (demand[i] === 0) continue;
    g.addEdge(0, 1 + i, demand[i], 0);
    const subs = m.classSubs[classes[i]];
    const limitAt = (j: number) => {
      let capacity = 0;
      for (const s of subs) {
        const a = m.subAuthor[s];
        capacity += Math.min(m.demand[s], size[j] - (a >= 0 && m.revClass[a] === classes[j] ? 1 : 0));
      }
      return capacity;
    };
    let crossCapacity = 0;
    for (const s of subs) {
      const a = m.subAuthor[s];
      crossCapacity += Math.min(m.demand[s], outside - (a >= 0 && m.revSchool[a] !== X ? 1 : 0));
    }
    addSplit(g, 1 + i, toOthersNode, crossCapacity, Math.ceil((toOthers * demand[i]) / schoolDemand), 0, w.prop);
    // Home reviews: a second one for the same essay is a school it already has (a repeat).
    for (let t = 1; t <= m.k; t++) {
      const essays = subs.filter((s) => m.demand[s] >= t).length;
      g.addEdge(1 + i, homeNode(i), essays, (t - 1) * w.repeat);
    }
    const covers: number[] = [];
    if (root >= 0) {
      const p = position[i];
      if (p < 0) cover(root, 0, big.length - 1, covers);
      else {
        cover(root, 0, p - 1, covers);
        cover(root, p + 1, big.length - 1, covers);
      }
    }
    for (const node of covers) entries.push({ i, node, edge: g.addEdge(homeNode(i), node, demand[i], 0) });
    for (let j = 0; j < L; j++) {
      if (size[j] === 0 || (j !== i && position[j] >= 0)) continue;
      direct.push({ i, j, edge: g.addEdge(homeNode(i), revNode(j), limitAt(j), i === j ? w.cls : 0) });
    }
  }
  g.addEdge(toOthersNode, sink, toOthers, 0);
  // Other schools' essays, grouped by how many reviews each asks of this school: a class can give
  // one essay at most as many reviews as it has students.
  incoming.forEach((count, q) => {
    if (count === 0) return;
    g.addEdge(0, fromOthersNode(q), count * q, 0);
    if (root >= 0)
      entries.push({ i: -1, node: tree[root].node, edge: g.addEdge(fromOthersNode(q), tree[root].node, count * q, 0) });
    size.forEach((n, j) => {
      if (position[j] < 0) g.addEdge(fromOthersNode(q), revNode(j), count * Math.min(q, n), 0);
    });
  });
  const loadEdges = size.map((n, j) => addCapacity(g, revNode(j), sink, n, m.share, w));
  g.run(0, sink, schoolDemand + fromOthers);

  const load = new Map<number, number>();
  loadEdges.forEach((edges, j) =>
    load.set(
      classes[j],
      edges.reduce((sum, e) => sum + g.flowOn(e), 0),
    ),
  );
  // Who reviews whom inside the school: the direct edges, plus the tree's flow followed down to the
  // leaves (any split is valid: a class enters the tree only above ranges without its own class;
  // other schools' essays, tagged -1, may go anywhere).
  const amounts = new Map<number, Map<number, number>>();
  const add = (i: number, j: number, amount: number) => {
    const row = amounts.get(classes[i]) ?? new Map<number, number>();
    row.set(classes[j], (row.get(classes[j]) ?? 0) + amount);
    amounts.set(classes[i], row);
  };
  for (const d of direct) if (g.flowOn(d.edge) > 0) add(d.i, d.j, g.flowOn(d.edge));
  const arriving = new Map<number, [number, number][]>();
  const arrive = (node: number, i: number, amount: number) => {
    if (amount > 0) arriving.set(node, [...(arriving.get(node) ?? []), [i, amount]]);
  };
  for (const e of entries) arrive(e.node, e.i, g.flowOn(e.edge));
  for (let t = tree.length - 1; t >= 0; t--) {
    const n = tree[t];
    const list = arriving.get(n.node) ?? [];
    if (n.left < 0) {
      for (const [i, amount] of list) if (i >= 0) add(i, big[n.lo], amount);
      continue;
    }
    let toLeft = g.flowOn(n.leftEdge);
    for (const [i, amount] of list) {
      const left = Math.min(amount, toLeft);
      toLeft -= left;
      arrive(tree[n.left].node, i, left);
      arrive(tree[n.right].node, i, amount - left);
    }
  }
  const internal = new Map<number, { cls: number; amount: number }[]>();
  for (const [c, row] of amounts)
    internal.set(
      c,
      [...row].map(([cls, amount]) => ({ cls, amount })),
    );
  return { internal, load };
}

interface TreeNode {
  lo: number;
  hi: number;
  node: number;
  left: number;
  right: number;
  leftEdge: number;
  rightEdge: number;
}
