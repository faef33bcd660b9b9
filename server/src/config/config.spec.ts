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

  it('keeps recordings on disk under DATA_DIR unless every MEDIA_S3_* setting is given', () => {
    const plain = loadConfig({});
    expect(plain.media).toEqual({
      maxBytes: 500 * 1024 * 1024,
      retentionDays: 90,
      retentionWarningDays: 14,
      s3: undefined,
    });
    const s3 = {
      MEDIA_S3_ENDPOINT: 'http://127.0.0.1:9000',
      MEDIA_S3_BUCKET: 'lessons',
      MEDIA_S3_ACCESS_KEY_ID: 'key',
      MEDIA_S3_SECRET_ACCESS_KEY: 'secret',
    };
    expect(loadConfig(s3).media.s3).toEqual({
      endpoint: 'http://127.0.0.1:9000',
      bucket: 'lessons',
      region: 'us-east-1',
      accessKeyId: 'key',
      secretAccessKey: 'secret',
      forcePathStyle: true,
    });
    expect(() => loadConfig({ ...s3, MEDIA_S3_SECRET_ACCESS_KEY: '' })).toThrow(
      'Invalid MEDIA_S3_*: recordings in S3 need all of MEDIA_S3_ENDPOINT, MEDIA_S3_BUCKET, MEDIA_S3_ACCESS_KEY_ID, MEDIA_S3_SECRET_ACCESS_KEY (missing MEDIA_S3_SECRET_ACCESS_KEY)',
    );
    expect(() => loadConfig({ ...s3, MEDIA_S3_BUCKET: 'Bad_Bucket' })).toThrow(
      /^Invalid MEDIA_S3_BUCKET: must be an S3 bucket name/,
    );
  });

  it('refuses a retention warning that would come before the recording exists', () => {
    expect(() => loadConfig({ MEDIA_RETENTION_DAYS: '10', MEDIA_RETENTION_WARNING_DAYS: '10' })).toThrow(
      /^Invalid MEDIA_RETENTION_WARNING_DAYS: must be fewer than MEDIA_RETENTION_DAYS \(10\)/,
    );
    expect(() => loadConfig({ MEDIA_MAX_BYTES: '10' })).toThrow(/^Invalid MEDIA_MAX_BYTES: must be a whole number/);
    expect(loadConfig({ MEDIA_MAX_BYTES: '2000000' }).media.maxBytes).toBe(2_000_000);
  });
});

describe('loadConfig: sign in with Google and Microsoft', () => {
  it('leaves a provider without a client id unconfigured, and defaults the issuers', () => {
    expect(loadConfig({}).oidc).toEqual({ google: undefined, microsoft: undefined });
    const c = loadConfig({
      GOOGLE_CLIENT_ID: 'g-id',
      GOOGLE_CLIENT_SECRET: 'g-secret',
      MICROSOFT_CLIENT_ID: 'm-id',
      MICROSOFT_CLIENT_SECRET: 'm-secret',
    });
    expect(c.oidc.google).toEqual({
      clientId: 'g-id',
      clientSecret: 'g-secret',
      issuer: 'https://accounts.google.com',
    });
    expect(c.oidc.microsoft).toMatchObject({
      tenant: 'organizations',
      issuer: 'https://login.microsoftonline.com/organizations/v2.0',
    });
    expect(
      loadConfig({ MICROSOFT_CLIENT_ID: 'm', MICROSOFT_CLIENT_SECRET: 's', MICROSOFT_TENANT: 'school.org' }).oidc
        .microsoft?.issuer,
    ).toBe('https://login.microsoftonline.com/school.org/v2.0');
  });

  it('needs the id and the secret together, and never prints a secret', () => {
    expect(() => loadConfig({ GOOGLE_CLIENT_ID: 'g-id' })).toThrow(
      /^Invalid GOOGLE_CLIENT_SECRET: GOOGLE_CLIENT_ID is set/,
    );
    expect(() => loadConfig({ MICROSOFT_CLIENT_SECRET: 's' })).toThrow(/^Invalid MICROSOFT_CLIENT_ID/);
    expect(() => loadConfig({ GOOGLE_CLIENT_ID: 'g', GOOGLE_CLIENT_SECRET: 'x'.repeat(600) })).toThrow(
      /^Invalid GOOGLE_CLIENT_SECRET: [^"]*$/,
    );
    expect(() => loadConfig({ MICROSOFT_TENANT: 'a/b' })).toThrow(/^Invalid MICROSOFT_TENANT/);
  });
});
