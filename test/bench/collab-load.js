/**
 * The client load generator of `npm run bench:collab`: editors, each with its own Y.Doc, typing one
 * character at a time into their own paragraph of a unit section, `rate` times a second. Documents
 * are split between worker threads (all editors of one document live in the same thread, so send
 * and receipt times come from one clock).
 *
 * Propagation latency of an edit = time from just before the local insert (the update goes out in
 * the same turn) to the arrival, at each other editor of the document, of the WebSocket message that
 * carried it (see `lastArrival`); it counts once that editor has integrated the edit, recognised by
 * its Yjs id (client, clock) in the receiving transaction's before/after state vectors.
 *
 * Main thread: `startLoad(options)` → `{ editors, connectMs, type(seconds), close() }`.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import * as Y from 'yjs';
import { UNIT_SECTIONS } from '@switchback/shared';
import { LOCAL, lastArrival, transports } from './collab-transports.js';

/** The unit section the editors type into (a Y.XmlFragment of the unit's document). */
const SECTION = UNIT_SECTIONS.find((s) => s.id === 'lessons')?.id ?? UNIT_SECTIONS[0].id;
const CONNECT_CONCURRENCY = 16;
/** After the last keystroke: how long to wait for deliveries and acknowledgements still on the way. */
const DRAIN_MS = 1_000;

// ---------------------------------------------------------------- main thread

/**
 * Starts `workers` threads sharing `docs` ([{ documentId, tokens: [one per editor] }]) and connects
 * every editor. `type(seconds)` runs the workload once and resolves with the merged measurements.
 */
export async function startLoad({ transport, url, docs, rate, workers }) {
  const n = Math.max(1, Math.min(workers, docs.length));
  const shares = Array.from({ length: n }, (_, i) => docs.filter((_, j) => j % n === i));
  const threads = shares.map(
    (share) => new Worker(new URL(import.meta.url), { workerData: { transport, url, docs: share, rate } }),
  );
  const next = (w) =>
    new Promise((resolve, reject) => {
      const onMessage = (m) => {
        w.off('error', onError);
        if (m.type === 'failed') reject(new Error(m.message));
        else resolve(m);
      };
      const onError = (err) => {
        w.off('message', onMessage);
        reject(err);
      };
      w.once('message', onMessage);
      w.once('error', onError);
    });
  const ready = await Promise.all(threads.map(next)).catch(async (err) => {
    await Promise.all(threads.map((w) => w.terminate()));
    throw err;
  });
  return {
    editors: ready.reduce((s, r) => s + r.editors, 0),
    connectMs: Math.max(...ready.map((r) => r.connectMs)),
    /** Everyone types for `seconds`; measurements are of this run, `edits` of every run so far. */
    async type(seconds) {
      const done = threads.map(next);
      for (const w of threads) w.postMessage({ type: 'go', seconds });
      return merge(await Promise.all(done));
    },
    async close() {
      const done = threads.map(next);
      for (const w of threads) w.postMessage({ type: 'close' });
      await Promise.all(done);
      await Promise.all(threads.map((w) => w.terminate()));
    },
  };
}

function merge(parts) {
  const total = (k) => parts.reduce((s, p) => s + p[k], 0);
  const cat = (k) => {
    const out = new Float64Array(total(`${k}Count`));
    let at = 0;
    for (const p of parts) {
      out.set(p[k], at);
      at += p[k].length;
    }
    return out.sort();
  };
  return {
    latencies: cat('latencies'),
    ackLatencies: cat('ackLatencies'),
    sent: total('sent'),
    acked: total('acked'),
    refused: total('refused'),
    undelivered: total('undelivered'),
    errors: total('errors'),
    firstError: parts.find((p) => p.firstError)?.firstError ?? null,
    edits: parts.flatMap((p) => p.edits),
    generator: parts.map((p) => p.generator),
    // Second by second (by send time): edits sent, slowest delivery, slowest acknowledgement.
    timeline: parts[0].timeline.map((_, i) => ({
      second: i,
      sent: parts.reduce((s, p) => s + (p.timeline[i]?.sent ?? 0), 0),
      maxDeliveryMs: Math.round(Math.max(...parts.map((p) => p.timeline[i]?.maxDeliveryMs ?? 0))),
      maxAckMs: Math.round(Math.max(...parts.map((p) => p.timeline[i]?.maxAckMs ?? 0))),
    })),
  };
}

// ---------------------------------------------------------------- worker thread

const nextMessage = () => new Promise((resolve) => parentPort.once('message', resolve));

async function runWorker({ transport, url, docs, rate }) {
  const connect = transports[transport];
  let closing = false;
  /** This run's measurements (a new object per run). */
  let run = null;
  const onError = (err) => {
    if (closing || !run) return;
    run.errors++;
    run.firstError ??= err.message;
  };
  /** Per document: client id → clock → { at, waiting } for every edit of this run not yet seen by all. */
  let inFlight = docs.map(() => new Map());
  const editors = [];
  const started = performance.now();

  const jobs = docs.flatMap((d, di) => d.tokens.map((token) => ({ d, di, token })));
  let cursor = 0;
  await Promise.all(
    Array.from({ length: CONNECT_CONCURRENCY }, async () => {
      while (cursor < jobs.length) {
        const { d, di, token } = jobs[cursor++];
        const doc = new Y.Doc();
        doc.on('afterTransaction', (tr) => {
          if (tr.origin === LOCAL || !run) return;
          const now = lastArrival();
          const pending = inFlight[di];
          for (const [client, after] of tr.afterState) {
            const waiting = pending.get(client);
            if (!waiting) continue;
            for (let clock = tr.beforeState.get(client) ?? 0; clock < after; clock++) {
              const e = waiting.get(clock);
              if (!e) continue;
              run.latencies.push(now - e.at);
              run.second(e.at).maxDeliveryMs = Math.max(run.second(e.at).maxDeliveryMs, now - e.at);
              if (--e.waiting === 0) waiting.delete(clock);
            }
          }
        });
        const link = await connect({ url, token, documentId: d.documentId, doc, onError });
        const editor = { doc, link, di, peers: d.tokens.length - 1, record: [], current: null, text: null };
        doc.on('update', (update, origin) => {
          if (origin !== LOCAL) return;
          const edit = editor.current;
          const of = run;
          link.send(update, (ok) => {
            if (!edit) return;
            of.unacked--;
            if (!ok) return void of.refused++;
            of.acked++;
            edit.acked = true;
            of.ackLatencies.push(lastArrival() - edit.at);
            of.second(edit.at).maxAckMs = Math.max(of.second(edit.at).maxAckMs, lastArrival() - edit.at);
          });
        });
        // Each person types in a paragraph of their own, at its end.
        doc.transact(() => {
          const paragraph = new Y.XmlElement('paragraph');
          doc.getXmlFragment(SECTION).push([paragraph]);
          editor.text = new Y.XmlText();
          paragraph.push([editor.text]);
        }, LOCAL);
        editors.push(editor);
      }
    }),
  );
  parentPort.postMessage({ type: 'ready', editors: editors.length, connectMs: performance.now() - started });

  for (let msg = await nextMessage(); msg.type === 'go'; msg = await nextMessage()) {
    const startedAt = performance.now();
    const timeline = Array.from({ length: Math.ceil(msg.seconds) + 2 }, () => ({
      sent: 0,
      maxDeliveryMs: 0,
      maxAckMs: 0,
    }));
    run = {
      ...{ latencies: [], ackLatencies: [], sent: 0, acked: 0, refused: 0, unacked: 0, errors: 0, firstError: null },
      timeline,
      second: (at) => timeline[Math.min(timeline.length - 1, Math.floor((at - startedAt) / 1000))],
    };
    inFlight = docs.map(() => new Map());
    const report = await typeFor(msg.seconds, run);
    parentPort.postMessage(report, [report.latencies.buffer, report.ackLatencies.buffer]);
  }
  closing = true;
  for (const e of editors) e.link.close();
  parentPort.postMessage({ type: 'closed' });

  async function typeFor(seconds, r) {
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const cpuBefore = process.threadCpuUsage();
    const letters = 'abcdefghijklmnopqrstuvwxyz ';
    const keystroke = (editor) => {
      const { doc } = editor;
      const clock = Y.getState(doc.store, doc.clientID);
      const edit = { clock, at: performance.now(), acked: false };
      r.second(edit.at).sent++;
      const pending = inFlight[editor.di];
      if (editor.peers > 0) {
        if (!pending.has(doc.clientID)) pending.set(doc.clientID, new Map());
        pending.get(doc.clientID).set(clock, { at: edit.at, waiting: editor.peers });
      }
      editor.record.push(edit);
      editor.current = edit;
      r.sent++;
      if (transport === 'ours') r.unacked++;
      doc.transact(() => editor.text.insert(editor.text.length, letters[r.sent % letters.length]), LOCAL);
      editor.current = null;
    };
    const period = 1000 / rate;
    const timers = [];
    await new Promise((resolve) => {
      for (const editor of editors) {
        // Everyone starts at a random moment of the first period, then types steadily.
        timers.push(
          setTimeout(() => {
            keystroke(editor);
            timers.push(setInterval(() => keystroke(editor), period));
          }, Math.random() * period),
        );
      }
      setTimeout(resolve, seconds * 1000);
    });
    for (const t of timers) clearTimeout(t); // Node's clearTimeout clears intervals too
    const deliveriesPending = () => inFlight.some((m) => [...m.values()].some((w) => w.size > 0));
    const drainUntil = performance.now() + DRAIN_MS;
    while ((deliveriesPending() || r.unacked > 0) && performance.now() < drainUntil) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    loop.disable();
    const cpu = process.threadCpuUsage(cpuBefore);
    let undelivered = 0;
    for (const m of inFlight) for (const w of m.values()) for (const e of w.values()) undelivered += e.waiting;
    const latencies = Float64Array.from(r.latencies);
    const ackLatencies = Float64Array.from(r.ackLatencies);
    return {
      type: 'typed',
      latencies,
      latenciesCount: latencies.length,
      timeline: r.timeline,
      ackLatencies,
      ackLatenciesCount: ackLatencies.length,
      sent: r.sent,
      acked: r.acked,
      refused: r.refused,
      undelivered,
      errors: r.errors,
      firstError: r.firstError,
      // For the durability check: every keystroke so far, its Yjs id and whether the server acknowledged it.
      edits: editors.map((e) => ({
        documentId: docs[e.di].documentId,
        client: e.doc.clientID,
        clocks: e.record.map((x) => x.clock),
        acked: e.record.map((x) => x.acked),
      })),
      generator: {
        cpuMs: (cpu.user + cpu.system) / 1000,
        loopDelayP99Ms: loop.percentile(99) / 1e6,
        loopDelayMaxMs: loop.max / 1e6,
      },
    };
  }
}

if (!isMainThread && workerData?.transport) {
  runWorker(workerData).catch((err) => parentPort.postMessage({ type: 'failed', message: err.stack ?? err.message }));
}
