import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';

/**
 * The production-like setup we ship (docker-compose.yml + docker/nginx.conf). No Docker engine runs
 * here, so these read the files as Docker and nginx would: the server trusts X-Forwarded-For
 * (TRUST_PROXY=1), so nginx must set it to the address it saw, and the demo (public passwords)
 * must never be seeded.
 */
const root = path.join(import.meta.dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe('the shipped proxy and compose file', () => {
  it('sets X-Forwarded-For to the client address nginx saw, never appending what the client sent', () => {
    const conf = read('docker/nginx.conf');
    const forwarded = [...conf.matchAll(/proxy_set_header\s+X-Forwarded-For\s+([^;]+);/gi)].map((m) => m[1].trim());
    expect(forwarded).toEqual(['$remote_addr']);
    expect(conf).not.toMatch(/\$proxy_add_x_forwarded_for/);
  });

  it('trusts the proxy only together with that header, and never seeds the demo network', () => {
    const compose = read('docker-compose.yml');
    expect(compose).toMatch(/TRUST_PROXY:\s*'1'/);
    const seed = compose.match(/SEED_DEMO:\s*(\S+)/);
    expect(seed?.[1]).toBe("'0'");
  });
});
