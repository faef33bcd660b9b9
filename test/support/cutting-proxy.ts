import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface CuttingProxy {
  url: string;
  /** Bytes the client has sent through the proxy so far (requests, headers included). */
  sent(): number;
  /** Cuts every connection once the client has sent this many more bytes (once). */
  cutAfter(bytes: number): void;
  /** Whether a cut has happened. */
  cut(): boolean;
  close(): Promise<void>;
}

/**
 * A TCP proxy on port 0 in front of a test server that can drop the connection part way through a
 * request (a rural link going down), and counts what the client sent.
 */
export async function startCuttingProxy(target: string): Promise<CuttingProxy> {
  const { hostname, port } = new URL(target);
  let sent = 0;
  let cutAt = Infinity;
  let didCut = false;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(port), hostname);
    sockets.add(client).add(upstream);
    let dead = false;
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('data', (chunk: Buffer) => {
      // Nothing after the cut gets through (the link is down).
      if (dead) return;
      if (sent + chunk.length > cutAt) {
        dead = true;
        const part = chunk.subarray(0, cutAt - sent);
        sent += part.length;
        cutAt = Infinity;
        didCut = true;
        upstream.write(part, () => setImmediate(drop));
        return;
      }
      sent += chunk.length;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
    client.on('error', drop);
    upstream.on('error', drop);
    client.on('close', drop);
    upstream.on('close', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent: () => sent,
    cutAfter(bytes) {
      cutAt = sent + bytes;
    },
    cut: () => didCut,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
