/**
 * A slow link in front of a local server, for benchmarks: a TCP proxy whose every connection shares
 * one downlink and one uplink of a given rate, each adding half the round trip, and whose new
 * connections wait one round trip (the TCP handshake) before their first byte.
 *
 * Shaping at the TCP level slows everything the browser does — pages, the service worker's fetches,
 * WebSockets — which throttling a page through the DevTools protocol does not (the worker escapes
 * it). No TCP slow start or loss is modelled: the numbers are a floor for a real link of that rate.
 */
import net from 'node:net';

/** Bytes handed to the timer at once: small enough that a big response arrives progressively. */
const SLICE = 4096;

/** One direction of the link: a queue drained at `bytesPerSecond`, delivered `delayMs` later. */
class Pipe {
  constructor(bytesPerSecond, delayMs, onBytes) {
    this.rate = bytesPerSecond;
    this.delay = delayMs;
    this.freeAt = 0;
    this.onBytes = onBytes;
    this.generation = 0;
    /** Slices on their way: { departAt, length }, until delivered. */
    this.pending = new Set();
  }

  /**
   * The link dropped: what was queued is never sent, what was on the wire is lost, and the line is
   * free again. Returns the bytes lost on the wire (they had used the link).
   */
  reset() {
    const now = performance.now();
    let lost = 0;
    for (const p of this.pending) {
      if (p.departAt <= now) lost += p.length;
      clearTimeout(p.timer);
    }
    this.pending.clear();
    this.generation += 1;
    this.freeAt = now;
    return lost;
  }

  send(chunk, deliver) {
    for (let i = 0; i < chunk.length; i += SLICE) {
      const slice = chunk.subarray(i, i + SLICE);
      const now = performance.now();
      this.freeAt = Math.max(now, this.freeAt) + (slice.length / this.rate) * 1000;
      const at = this.freeAt + this.delay;
      const generation = this.generation;
      const pending = { departAt: this.freeAt, length: slice.length, timer: null };
      this.pending.add(pending);
      pending.timer = setTimeout(() => {
        if (generation !== this.generation) return;
        this.pending.delete(pending);
        this.onBytes(slice.length);
        deliver(slice);
      }, at - now);
    }
  }

  /** A marker that arrives after everything sent before it (for an orderly close). */
  after(fn) {
    const now = performance.now();
    setTimeout(fn, Math.max(now, this.freeAt) + this.delay - now);
  }
}

/**
 * Starts the shaper on 127.0.0.1, port 0, forwarding to `target` (a port on 127.0.0.1).
 * `kbps` is the rate of each direction in kilobits per second, `rttMs` the round trip.
 */
export async function startLinkShaper({ target, kbps, rttMs }) {
  const counters = { down: 0, up: 0, connections: 0, lastByteAt: 0, lostUp: 0, lostDown: 0 };
  const bytesPerSecond = (kbps * 1000) / 8;
  const count = (key) => (n) => {
    counters[key] += n;
    counters.lastByteAt = performance.now();
  };
  const down = new Pipe(bytesPerSecond, rttMs / 2, count('down'));
  const up = new Pipe(bytesPerSecond, rttMs / 2, count('up'));
  const sockets = new Set();

  const server = net.createServer((client) => {
    counters.connections += 1;
    client.pause();
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    // The handshake: SYN, SYN-ACK, then the first data can leave.
    setTimeout(() => {
      const origin = net.connect(target, '127.0.0.1');
      sockets.add(origin);
      origin.on('close', () => sockets.delete(origin));
      origin.on('error', () => {
        origin.destroy();
        down.after(() => client.destroy());
      });
      client.on('data', (chunk) => up.send(chunk, (s) => origin.writable && origin.write(s)));
      origin.on('data', (chunk) => down.send(chunk, (s) => client.writable && client.write(s)));
      client.on('end', () => up.after(() => origin.end()));
      origin.on('end', () => down.after(() => client.end()));
      client.on('close', () => up.after(() => origin.destroy()));
      origin.on('close', () => down.after(() => client.destroy()));
      client.resume();
    }, rttMs);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    counters,
    /** Bytes both ways since `mark` (a copy of `counters` taken earlier). */
    since: (mark) => ({ down: counters.down - mark.down, up: counters.up - mark.up }),
    mark: () => ({ ...counters }),
    /** Cuts every open connection at once (a dropped link); the shaper keeps accepting new ones. */
    dropConnections: () => {
      counters.lostUp += up.reset();
      counters.lostDown += down.reset();
      for (const s of sockets) s.destroy();
    },
    close: () =>
      new Promise((resolve) => {
        up.reset();
        down.reset();
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
