/**
 * The lines `npm run bench:collab` reports in the one shape of test/bench/bench-lines.js: latency,
 * CPU per delivery, memory and durability, ours against Hocuspocus, each with the goal.
 * `find(system, workload)` gives a row of collab.bench.js's table; `durability` its durability rows.
 */
const round = (x, digits = 2) => (x === null || Number.isNaN(x) ? null : Number(x.toFixed(digits)));

/** The lines (test/bench/bench-lines.js): ratios oriented so that higher is better for us. */
export function benchLines({ find, durability, workloads, targets }) {
  const lines = [];
  const ratio = (num, den) => (num == null || den == null || !den ? null : round(num / den, 2));
  for (const w of workloads) {
    const [o, p] = [find('ours', w), find('peer', w)];
    if (!o) continue;
    const ms = (r) => (r ? `p50 ${r['p50 ms']} ms, p99 ${r['p99 ms']} ms` : null);
    const target = w === 'W1' ? targets.w1p99 : targets.w2p99;
    lines.push({
      line: `${w} live editing latency (${o.documents} × ${o.editors / o.documents} editors)`,
      ours: ms(o),
      peer: ms(p),
      ratio: ratio(p?.['p99 ms'], o['p99 ms']),
      goal: `p99 ≤ Hocuspocus's (ratio = peer p99 / ours ≥ 1); p99 ≤ ${target} ms on a quiet machine`,
      met: p ? o['p99 ms'] <= p['p99 ms'] : null,
      data: { ours: pick(o), peer: p ? pick(p) : null },
    });
    const cpu = (r) => (r ? `${r['server CPU µs/delivery']} µs CPU/delivery` : null);
    lines.push({
      line: `${w} server CPU per delivery`,
      ours: cpu(o),
      peer: cpu(p),
      ratio: ratio(p?.['server CPU µs/delivery'], o['server CPU µs/delivery']),
      goal: "≤ Hocuspocus's (ratio = peer / ours ≥ 1)",
      met: p ? o['server CPU µs/delivery'] <= p['server CPU µs/delivery'] : null,
      data: { ours: pick(o), peer: p ? pick(p) : null },
    });
  }
  // Idle: the first start of each server (W1's row, or W2's when only W2 ran), before any editor joined.
  const first = (system) => find(system, workloads[0]);
  const memory = (what, o, p, key) => {
    if (!o) return;
    lines.push({
      line: `server memory ${what} (RSS)`,
      ours: `${o[key]} MB`,
      peer: p ? `${p[key]} MB` : null,
      ratio: ratio(p ? p[key] * 1.5 : null, o[key]),
      goal: "≤ 1.5 × Hocuspocus's (ratio = 1.5 × peer / ours ≥ 1)",
      met: p ? o[key] <= 1.5 * p[key] : null,
      data: { oursMb: o[key], peerMb: p?.[key] ?? null },
    });
  };
  memory('idle, when started', first('ours'), first('peer'), 'server RSS when started MB');
  memory('under W2, peak', find('ours', 'W2'), find('peer', 'W2'), 'server RSS MB');
  const [dOurs, dPeer] = ['ours', 'peer'].map((s) => durability.find((x) => x.system === s));
  if (dOurs)
    lines.push({
      line: 'acknowledged edits lost on kill -9 (W1)',
      ours: `${dOurs['acknowledged, missing after restart']} of ${dOurs.acknowledged} acknowledged`,
      peer: dPeer
        ? `no acknowledgement; ${dPeer['sent, missing after restart']} of ${dPeer['edits sent']} sent lost`
        : null,
      ratio: null,
      goal: '0 acknowledged edits lost',
      met: dOurs['acknowledged, missing after restart'] === 0,
      data: { ours: dOurs, peer: dPeer ?? null },
    });
  return lines;
}

/** A row's numbers without its timeline (kept in the full results file). */
function pick(row) {
  const { timeline: _timeline, firstError: _firstError, ...rest } = row;
  return rest;
}
