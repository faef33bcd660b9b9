/**
 * Min-cost flow for the small aggregate graphs of the allocation plan (schools × schools, classes of one
 * school): primal–dual with Dijkstra on reduced costs, then a Dinic blocking flow along the edges whose
 * reduced cost is zero, so one shortest-path search moves every unit that shares that path length.
 * Costs must be non-negative integers; capacities are integers (`INFINITE_CAPACITY` for "no limit").
 */

export const INFINITE_CAPACITY = 2 ** 40;

export class MinCostFlow {
  // Edges in typed arrays that double when full (a school plan has about a million half-edges).
  private readonly head: Int32Array;
  private to = new Int32Array(64);
  private next = new Int32Array(64);
  private cap = new Float64Array(64);
  private cost = new Float64Array(64);
  private edgeCount = 0;

  constructor(readonly nodeCount: number) {
    this.head = new Int32Array(nodeCount).fill(-1);
  }

  /** Adds an edge and returns its id (for `flowOn`). Edges with no capacity are skipped (id -1). */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    if (capacity <= 0) return -1;
    if (cost < 0 || !Number.isSafeInteger(cost)) throw new Error(`Edge cost must be a non-negative integer: ${cost}`);
    const id = this.edgeCount;
    this.push(from, to, capacity, cost);
    this.push(to, from, 0, -cost);
    return id;
  }

  /** Units sent along an edge (0 for a skipped edge). */
  flowOn(edge: number): number {
    return edge < 0 ? 0 : this.cap[edge ^ 1];
  }

  /** A mark before or after adding edges, for `flowBetween`. */
  get mark(): number {
    return this.edgeCount;
  }

  /** Units sent along all edges added between two marks (an edge id is even, its reverse odd). */
  flowBetween(start: number, end: number): number {
    let sum = 0;
    for (let e = start; e < end; e += 2) sum += this.cap[e + 1];
    return sum;
  }

  /** Sends up to `limit` units from source to sink at the least total cost; returns the units sent. */
  run(source: number, sink: number, limit: number): number {
    const n = this.nodeCount;
    const potential = new Float64Array(n);
    let sent = 0;
    while (sent < limit) {
      const dist = this.shortestPaths(source, potential);
      if (dist[sink] === Infinity) break;
      for (let v = 0; v < n; v++) if (dist[v] !== Infinity) potential[v] += dist[v];
      sent += this.blockingFlows(source, sink, potential, limit - sent);
    }
    return sent;
  }

  private push(from: number, to: number, capacity: number, cost: number): void {
    const e = this.edgeCount++;
    if (e === this.to.length) this.grow();
    this.to[e] = to;
    this.cap[e] = capacity;
    this.cost[e] = cost;
    this.next[e] = this.head[from];
    this.head[from] = e;
  }

  private grow(): void {
    const size = this.to.length * 2;
    const copy = <T extends Int32Array | Float64Array>(old: T, fresh: T): T => {
      fresh.set(old);
      return fresh;
    };
    this.to = copy(this.to, new Int32Array(size));
    this.next = copy(this.next, new Int32Array(size));
    this.cap = copy(this.cap, new Float64Array(size));
    this.cost = copy(this.cost, new Float64Array(size));
  }

  /** Dijkstra with a binary heap (lazy deletion) over residual edges with reduced costs. */
  private shortestPaths(source: number, potential: Float64Array): Float64Array {
    const dist = new Float64Array(this.nodeCount).fill(Infinity);
    const heapDist: number[] = [0];
    const heapNode: number[] = [source];
    dist[source] = 0;
    while (heapNode.length > 0) {
      const d = heapDist[0];
      const u = heapNode[0];
      popHeap(heapDist, heapNode);
      if (d > dist[u]) continue;
      for (let e = this.head[u]; e >= 0; e = this.next[e]) {
        if (this.cap[e] <= 0) continue;
        const v = this.to[e];
        const nd = d + this.cost[e] + potential[u] - potential[v];
        if (nd < dist[v]) {
          dist[v] = nd;
          pushHeap(heapDist, heapNode, nd, v);
        }
      }
    }
    return dist;
  }

  private admissible(e: number, u: number, potential: Float64Array): boolean {
    return this.cap[e] > 0 && this.cost[e] + potential[u] - potential[this.to[e]] === 0;
  }

  /** Dinic on the zero-reduced-cost subgraph until it has no more source–sink path. */
  private blockingFlows(source: number, sink: number, potential: Float64Array, limit: number): number {
    const n = this.nodeCount;
    let sent = 0;
    while (sent < limit) {
      const level = new Int32Array(n).fill(-1);
      const queue = [source];
      level[source] = 0;
      for (let i = 0; i < queue.length; i++) {
        const u = queue[i];
        for (let e = this.head[u]; e >= 0; e = this.next[e]) {
          const v = this.to[e];
          if (level[v] < 0 && this.admissible(e, u, potential)) {
            level[v] = level[u] + 1;
            queue.push(v);
          }
        }
      }
      if (level[sink] < 0) break;
      const current = this.head.slice();
      const dfs = (u: number, pushed: number): number => {
        if (u === sink) return pushed;
        for (; current[u] >= 0; current[u] = this.next[current[u]]) {
          const e = current[u];
          const v = this.to[e];
          if (level[v] !== level[u] + 1 || !this.admissible(e, u, potential)) continue;
          const got = dfs(v, Math.min(pushed, this.cap[e]));
          if (got > 0) {
            this.cap[e] -= got;
            this.cap[e ^ 1] += got;
            return got;
          }
        }
        return 0;
      };
      for (let got = dfs(source, limit - sent); got > 0; got = dfs(source, limit - sent)) {
        sent += got;
        if (sent >= limit) break;
      }
    }
    return sent;
  }
}

function pushHeap(keys: number[], values: number[], key: number, value: number): void {
  let i = keys.length;
  keys.push(key);
  values.push(value);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (keys[parent] <= key) break;
    keys[i] = keys[parent];
    values[i] = values[parent];
    i = parent;
  }
  keys[i] = key;
  values[i] = value;
}

function popHeap(keys: number[], values: number[]): void {
  const lastKey = keys.pop()!;
  const lastValue = values.pop()!;
  const n = keys.length;
  if (n === 0) return;
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && keys[child + 1] < keys[child]) child++;
    if (keys[child] >= lastKey) break;
    keys[i] = keys[child];
    values[i] = values[child];
    i = child;
  }
  keys[i] = lastKey;
  values[i] = lastValue;
}
