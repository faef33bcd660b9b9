import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

/** One request that reached the server through the proxy, as the server saw it. */
export interface ProxiedRequest {
  method: string;
  path: string;
  /** `Sec-Fetch-Dest`: `empty` for a service worker's own fetch(), `script`/`style`/`document` for a page's. */
  dest: string;
  status: number;
  /** Bytes of the response body as sent (compressed if the server compresses). */
  bytes: number;
  start: number;
  end: number;
}

export interface CountingProxy {
  url: string;
  requests: ProxiedRequest[];
  /** Answers `path` with this body instead of the server (a file of a "new deploy"); undefined stops. */
  serve(path: string, file: { body: string; type: string; cacheControl: string } | undefined): void;
  close(): Promise<void>;
}

/**
 * A reverse proxy on port 0 in front of a test server (HTTP and WebSocket upgrades passed through, the
 * `Host` kept as a reverse proxy keeps it), which records every request that reaches the server: what
 * a browser and its service worker really ask of the network, HTTP-cache hits not included.
 */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const { hostname, port } = new URL(target);
  const requests: ProxiedRequest[] = [];
  const served = new Map<string, { body: string; type: string; cacheControl: string }>();
  const tunnels = new Set<net.Socket>();

  const server = http.createServer((req, res) => {
    const start = Date.now();
    const path = (req.url ?? '/').split('?')[0];
    const entry = (status: number, bytes: number): ProxiedRequest => ({
      method: req.method ?? 'GET',
      path,
      dest: String(req.headers['sec-fetch-dest'] ?? ''),
      status,
      bytes,
      start,
      end: Date.now(),
    });
    const own = served.get(path);
    if (own) {
      res.writeHead(200, { 'content-type': own.type, 'cache-control': own.cacheControl });
      res.end(own.body);
      requests.push(entry(200, Buffer.byteLength(own.body)));
      return;
    }
    const upstream = http.request(
      { host: hostname, port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        let bytes = 0;
        answer.on('data', (chunk: Buffer) => (bytes += chunk.length));
        answer.pipe(res);
        answer.on('end', () => requests.push(entry(answer.statusCode ?? 502, bytes)));
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });

  server.on('upgrade', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    const upstream = net.connect(Number(port), hostname, () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    tunnels.add(socket).add(upstream);
    const close = () => {
      socket.destroy();
      upstream.destroy();
      tunnels.delete(socket);
      tunnels.delete(upstream);
    };
    socket.on('close', close);
    upstream.on('close', close);
    upstream.on('error', close);
    socket.on('error', close);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    serve(path, file) {
      if (file) served.set(path, file);
      else served.delete(path);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of tunnels) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
