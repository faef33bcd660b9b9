/**
 * `npm run bench:transport-floor`: what relaying one live edit costs the bare transports, with no
 * Yjs, no access checks and no database: the floor under `bench:collab`'s CPU-per-delivery line.
 *
 *  - socket.io as our server runs it (namespace, WebSocket only, text frames, no compression): each
 *    message is broadcast to the rest of its room and acknowledged to its sender, as ours is;
 *  - the same without the acknowledgement;
 *  - bare `ws`, as Hocuspocus uses it: each binary message is sent to the rest of its document's
 *    connections, nothing acknowledged.
 *
 * Same workloads as bench:collab: W1 30 editors on one document, W2 100 documents × 6 editors, each
 * editor sending BENCH_RATE (5) messages a second for BENCH_SECONDS (10). Each server runs in its
 * own process; its CPU (/proc) over the deliveries the clients counted is the line.
 * Lines: test/bench/results/lines-transport-floor.json.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import http from 'node:http';
import { io } from 'socket.io-client';
import WebSocket, { WebSocketServer } from 'ws';
import { cpuMs } from './collab-metrics.js';
import { writeLines } from './bench-lines.js';

const RATE = Number(process.env.BENCH_RATE ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WORKLOADS = [
  { name: 'W1', docs: 1, editors: 30 },
  { name: 'W2', docs: 100, editors: 6 },
];
/** One keystroke's Yjs update is ~30 bytes: 40 characters of base64 (ours), 30 bytes binary (ws). */
const TEXT = 'A'.repeat(40);
const BINARY = new Uint8Array(30).fill(7);
const NAMESPACE = '/collab';

// ------------------------------------------------------------------------------------- servers

function serveSocketIo(ack) {
  const { Server } = createRequire(new URL('../../server/package.json', import.meta.url))('socket.io');
  const server = http.createServer();
  const ioServer = new Server(server, { transports: ['websocket'], perMessageDeflate: false, httpCompression: false });
  ioServer.of(NAMESPACE).on('connection', (socket) => {
    socket.on('collab:join', ({ documentId }, done) => {
      void socket.join(documentId);
      done({ ok: true });
    });
    socket.on('collab:sync', (documentId, message, done) => {
      socket.to(documentId).emit('collab:sync', documentId, message);
      if (ack && typeof done === 'function') done({ ok: true });
    });
  });
  return server;
}

function serveWs() {
  const server = http.createServer();
  const wss = new WebSocketServer({ server, perMessageDeflate: false });
  const rooms = new Map();
  wss.on('connection', (ws, req) => {
    const documentId = new URL(req.url, 'http://x').searchParams.get('doc');
    const room = rooms.get(documentId) ?? new Set();
    rooms.set(documentId, room);
    room.add(ws);
    ws.on('message', (data) => {
      for (const other of room) if (other !== ws) other.send(data, { binary: true });
    });
    ws.on('close', () => room.delete(ws));
  });
  return server;
}

if (process.argv[2] === '--serve') {
  const kind = process.argv[3];
  const server = kind === 'ws' ? serveWs() : serveSocketIo(kind === 'socket.io');
  server.listen(0, '127.0.0.1', () => console.log(`PORT ${server.address().port}`));
} else {
  await main();
}

// ------------------------------------------------------------------------------------- clients

async function connectSocketIo(url, documentId, onDelivery) {
  const socket = io(url + NAMESPACE, { transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  await socket.emitWithAck('collab:join', { documentId });
  socket.on('collab:sync', onDelivery);
  return {
    send: (withAck) =>
      withAck ? socket.emit('collab:sync', documentId, TEXT, () => {}) : socket.emit('collab:sync', documentId, TEXT),
    close: () => socket.close(),
  };
}

async function connectWs(url, documentId, onDelivery) {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/?doc=${documentId}`, { perMessageDeflate: false });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  ws.on('message', onDelivery);
  return { send: () => ws.send(BINARY), close: () => ws.close() };
}

function startServer(kind) {
  const child = spawn(process.execPath, [new URL(import.meta.url).pathname, '--serve', kind], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout.on('data', (chunk) => {
      const m = /PORT (\d+)/.exec(String(chunk));
      if (m) resolve({ child, url: `http://127.0.0.1:${m[1]}` });
    });
  });
}

async function run(kind, workload) {
  const { child, url } = await startServer(kind);
  let deliveries = 0;
  const onDelivery = () => deliveries++;
  const connect = kind === 'ws' ? connectWs : connectSocketIo;
  const clients = [];
  for (let d = 0; d < workload.docs; d++) {
    for (let e = 0; e < workload.editors; e++) clients.push(await connect(url, `doc-${d}`, onDelivery));
  }
  const expected = clients.length * RATE * SECONDS * (workload.editors - 1);
  const cpuBefore = cpuMs(child.pid);
  deliveries = 0;
  // Each editor sends RATE a second, the editors spread over the second as typists would be.
  const timers = clients.map((c, i) => {
    let sent = 0;
    const tick = () => {
      c.send(kind === 'socket.io');
      if (++sent < RATE * SECONDS) timer.t = setTimeout(tick, 1000 / RATE);
    };
    const timer = { t: setTimeout(tick, (i * 1000) / RATE / clients.length) };
    return timer;
  });
  const deadline = Date.now() + SECONDS * 1000 + 10_000;
  while (deliveries < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const serverMs = cpuMs(child.pid) - cpuBefore;
  timers.forEach((t) => clearTimeout(t.t));
  clients.forEach((c) => c.close());
  child.kill();
  return { deliveries, expected, usPerDelivery: (serverMs * 1000) / Math.max(1, deliveries) };
}

async function main() {
  const kinds = ['socket.io', 'socket.io-noack', 'ws'];
  const results = {};
  for (const w of WORKLOADS) {
    for (const kind of kinds) {
      const r = await run(kind, w);
      results[`${kind} ${w.name}`] = r;
      console.log(
        `${w.name} ${kind}: ${r.usPerDelivery.toFixed(1)} µs server CPU per delivery (${r.deliveries} of ${r.expected} delivered)`,
      );
    }
  }
  const us = (kind, w) => results[`${kind} ${w}`].usPerDelivery;
  const lines = WORKLOADS.map((w) => ({
    line: `${w.name} transport floor: server CPU per delivery, socket.io (with acknowledgements) vs bare ws`,
    ours: `${us('socket.io', w.name).toFixed(1)} µs (${us('socket.io-noack', w.name).toFixed(1)} µs without acknowledgements)`,
    peer: `${us('ws', w.name).toFixed(1)} µs`,
    ratio: us('ws', w.name) / us('socket.io', w.name),
    goal: 'reported: the floor under the CPU-per-delivery line',
    met: null,
    data: {
      socketIo: results[`socket.io ${w.name}`],
      socketIoNoAck: results[`socket.io-noack ${w.name}`],
      ws: results[`ws ${w.name}`],
    },
  }));
  console.table(lines.map(({ line, ours, peer, ratio }) => ({ line, ours, peer, ratio: `${ratio.toFixed(2)}×` })));
  writeLines('transport-floor', lines);
}
