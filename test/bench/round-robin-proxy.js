/**
 * The small proxy in front of several server processes for `npm run bench:statewide`: a TCP
 * (layer 4) load balancer on node:net that hands each new connection to the next upstream in turn
 * and pipes bytes both ways untouched, as HAProxy or nginx `stream` in TCP mode would. A socket.io
 * client on the WebSocket transport keeps one TCP connection, so every editor stays on the process
 * it first reached (no sticky sessions needed without HTTP long-polling).
 *
 * It only reads what the servers send (frames from server to client are not masked, and socket.io's
 * compression is off): the document ids in `collab:sync` messages, to report which documents had
 * editors on more than one process.
 */
import net from 'node:net';

const SYNC_OF = /"collab:sync","([0-9a-f-]{36})"/g;

/** Starts the proxy on a free loopback port: `{ port, stats(), close() }`. */
export async function startRoundRobinProxy(upstreamPorts) {
  let next = 0;
  const sockets = new Set();
  /** Per upstream: connections handed to it, and the documents its clients exchanged edits on. */
  const upstreams = upstreamPorts.map((port) => ({ port, connections: 0, documents: new Set() }));
  const server = net.createServer((client) => {
    const up = upstreams[next++ % upstreams.length];
    up.connections++;
    const upstream = net.connect({ host: '127.0.0.1', port: up.port });
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    sockets.add(client).add(upstream);
    let tail = '';
    upstream.on('data', (chunk) => {
      // A message may straddle two chunks: keep the end of the previous one.
      const text = tail + chunk.toString('latin1');
      for (const m of text.matchAll(SYNC_OF)) up.documents.add(m[1]);
      tail = text.slice(-60);
    });
    client.pipe(upstream);
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    stats() {
      return upstreams.map((u) => ({ port: u.port, connections: u.connections, documents: new Set(u.documents) }));
    },
    /** Forgets the documents seen so far (connections already made keep counting). */
    resetDocuments() {
      for (const u of upstreams) u.documents.clear();
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
