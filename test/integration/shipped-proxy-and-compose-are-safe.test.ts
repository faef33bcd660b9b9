import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';

/**
 * The production-like setup we ship (docker-compose.yml + docker/nginx.conf). No Docker engine runs
 * here, so these read the files as Docker and nginx would: the server trusts X-Forwarded-For
 * (TRUST_PROXY=1), so nginx must set it to the address it saw, and the demo (public passwords)
 * must never be seeded. nginx compresses what the app did not and leaves the app's Brotli and gzip as
 * they are (checked by hand against nginx 1.22 proxying the app's files: docs/deployment.md).
 */
const root = path.join(import.meta.dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

/** Every simple directive of an nginx config (`name args…;`), comments removed, in order. */
function directives(conf: string): { name: string; args: string[] }[] {
  return conf
    .replace(/#[^\n]*/g, '')
    .split(/[;{}]/)
    .map((d) => d.trim().split(/\s+/))
    .filter((words) => words[0])
    .map(([name, ...args]) => ({ name, args }));
}

describe('the shipped proxy and compose file', () => {
  it('sets X-Forwarded-For to the client address nginx saw, never appending what the client sent', () => {
    const conf = read('docker/nginx.conf');
    const forwarded = [...conf.matchAll(/proxy_set_header\s+X-Forwarded-For\s+([^;]+);/gi)].map((m) => m[1].trim());
    expect(forwarded).toEqual(['$remote_addr']);
    expect(conf).not.toMatch(/\$proxy_add_x_forwarded_for/);
  });

  it('gzips text the app sent uncompressed, and passes the encodings the app chose through untouched', () => {
    const all = directives(read('docker/nginx.conf'));
    const one = (name: string) => {
      const found = all.filter((d) => d.name === name);
      expect({ name, count: found.length }).toEqual({ name, count: 1 });
      return found[0].args.join(' ');
    };
    expect(one('gzip')).toBe('on');
    expect(one('gzip_vary')).toBe('on');
    // Responses from the app are "proxied": without this nginx would not compress them at all.
    expect(one('gzip_proxied')).toBe('any');
    expect(Number(one('gzip_min_length'))).toBeGreaterThanOrEqual(1024);
    const types = one('gzip_types').split(' ');
    for (const type of ['text/css', 'application/javascript', 'application/json', 'image/svg+xml', 'text/csv'])
      expect(types).toContain(type);
    // socket.io's long-polling (text/plain) compresses itself; zips, images and fonts are compressed already.
    for (const type of ['text/plain', 'application/zip', 'image/png', 'font/woff2', '*'])
      expect(types).not.toContain(type);
    const names = all.map((d) => d.name);
    // Stock nginx (the compose file's image) has no Brotli module: such a directive would stop it starting.
    expect(names.filter((n) => n.startsWith('brotli'))).toEqual([]);
    // Nothing may drop the browser's Accept-Encoding on the way to the app, or undo the app's encoding.
    expect(names).not.toContain('gunzip');
    const headers = all.filter((d) => d.name === 'proxy_set_header' || d.name === 'proxy_hide_header');
    expect(headers.map((d) => d.args[0].toLowerCase())).not.toContain('accept-encoding');
    expect(headers.map((d) => d.args[0].toLowerCase())).not.toContain('content-encoding');
  });

  it('trusts the proxy only together with that header, and never seeds the demo network', () => {
    const compose = read('docker-compose.yml');
    expect(compose).toMatch(/TRUST_PROXY:\s*'1'/);
    const seed = compose.match(/SEED_DEMO:\s*(\S+)/);
    expect(seed?.[1]).toBe("'0'");
  });
});
