import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLocalJWKSet, exportPKCS8, generateKeyPair, jwtVerify } from 'jose';
import { loadConfig } from '../../config/config.js';
import { generatedKeyPath, LtiKeysService } from './lti-keys.service.js';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'lti-keys-'));

describe('LtiKeysService', () => {
  it('generates one key under DATA_DIR (mode 0600), keeps it across restarts, and signs what its JWKS verifies', async () => {
    const dataDir = tmp();
    const config = loadConfig({ DATA_DIR: dataDir });
    const first = new LtiKeysService(config);
    await first.onModuleInit();
    const file = generatedKeyPath(dataDir);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const again = new LtiKeysService(config);
    expect(await again.kid()).toBe(await first.kid());

    const jwks = await first.jwks();
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: await first.kid() });
    expect(jwks.keys[0]).not.toHaveProperty('d');
    const token = await first.sign({ iss: 'tool', aud: 'platform', sub: 'tool' });
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(jwks), { audience: 'platform' });
    expect(protectedHeader.kid).toBe(jwks.keys[0].kid);
    expect(payload.jti).toEqual(expect.any(String));
    expect(payload.exp! - payload.iat!).toBe(300);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('uses LTI_PRIVATE_KEY when set and writes no file', async () => {
    const dataDir = tmp();
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const pem = (await exportPKCS8(privateKey)).replace(/\n/g, '\\n');
    const keys = new LtiKeysService(loadConfig({ DATA_DIR: dataDir, LTI_PRIVATE_KEY: pem }));
    const token = await keys.sign({ aud: 'x' });
    expect(await keys.verifyOwn(token, 'x')).toMatchObject({ aud: 'x' });
    expect(fs.existsSync(generatedKeyPath(dataDir))).toBe(false);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
