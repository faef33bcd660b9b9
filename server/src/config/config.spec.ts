import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig, redact } from './config.js';

describe('loadConfig', () => {
  it('defaults to port 3000, an embedded database and the demo seed', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.seedDemo).toBe(true);
    expect(c.publicUrl).toBe('http://localhost:3000');
    expect(c.dataDir).toMatch(/\.data$/);
  });

  it('runs in production mode unless told otherwise (npm start), development only when asked (npm run dev)', () => {
    expect(loadConfig({}).env).toBe('production');
    expect(loadConfig({ NODE_ENV: 'development' }).env).toBe('development');
    expect(loadConfig({ NODE_ENV: 'test' }).env).toBe('test');
  });

  it('limits a live document to 4 MB unless COLLAB_MAX_DOCUMENT_BYTES says otherwise, within bounds', () => {
    expect(loadConfig({}).collabMaxDocumentBytes).toBe(4 * 1024 * 1024);
    expect(loadConfig({ COLLAB_MAX_DOCUMENT_BYTES: '10000000' }).collabMaxDocumentBytes).toBe(10_000_000);
    expect(() => loadConfig({ COLLAB_MAX_DOCUMENT_BYTES: '1000' })).toThrow(/^Invalid COLLAB_MAX_DOCUMENT_BYTES/);
    expect(() => loadConfig({ COLLAB_MAX_DOCUMENT_BYTES: 'lots' })).toThrow(/^Invalid COLLAB_MAX_DOCUMENT_BYTES/);
  });

  it('does not seed demo data into an external database unless SEED_DEMO=1', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/x' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/x', SEED_DEMO: '1' }).seedDemo).toBe(true);
  });

  it('explains a bad value in one line naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(
      'Invalid PORT: must be a whole number from 0 to 65535 (got "eighty")',
    );
    expect(() => loadConfig({ PORT: '70000' })).toThrow(
      'Invalid PORT: must be a whole number from 0 to 65535 (got "70000")',
    );
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      /^Invalid DATABASE_URL: must look like postgres:\/\//,
    );
    expect(() => loadConfig({ SMTP_URL: 'mail.example.org' })).toThrow(/^Invalid SMTP_URL/);
  });

  it('never prints a password from a URL', () => {
    expect(redact('postgres://user:secret@db:5432/x')).toBe('postgres://user:***@db:5432/x');
    let message = '';
    try {
      loadConfig({ DATABASE_URL: 'postgres://user:secret@/x' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/Invalid DATABASE_URL/);
    expect(message).not.toContain('secret');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', SMTP_URL: '' }).port).toBe(3000);
  });
});
