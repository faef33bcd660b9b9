import { z } from 'zod';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { COLLAB_LIMITS, DEFAULT_BLOCKED_WORDS, REVIEW_LIMITS } from '@switchback/shared';

/** The repository root, found from this file's place (works from src/ under jest and dist/ at run time). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

/** A whole number in a range, with a message a person can act on. */
const whole = (min: number, max: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int({ error: `must be a whole number from ${min} to ${max}` })
    .min(min, { error: `must be a whole number from ${min} to ${max}` })
    .max(max, { error: `must be a whole number from ${min} to ${max}` });

const postgresUrl = z.string().refine((v) => {
  try {
    const u = new URL(v);
    return (u.protocol === 'postgres:' || u.protocol === 'postgresql:') && u.hostname !== '';
  } catch {
    return false;
  }
}, 'must look like postgres://user:password@host:5432/database');

const envSchema = z.object({
  // Production unless asked otherwise: GraphiQL and introspection only under `npm run dev` (and tests).
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: whole(0, 65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: postgresUrl.optional(),
  DATA_DIR: z.string().min(1).optional(),
  REDIS_URL: z
    .string()
    .refine((v) => /^rediss?:\/\/.+/.test(v), 'must look like redis://host:6379')
    .optional(),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\/.+/.test(v), 'must look like smtp://user:password@host:587')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Switchback <no-reply@switchback.local>'),
  SEED_DEMO: bool.optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 14),
  TRUST_PROXY: bool.default(false),
  SIGN_IN_ACCOUNT_LIMIT: whole(1, 1000).default(5),
  SIGN_IN_IP_LIMIT: whole(1, 100000).default(30),
  SIGN_IN_WINDOW_MINUTES: whole(1, 1440).default(15),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  REVIEW_BLOCKED_WORDS: z.string().max(20_000).optional(),
  REVIEW_MIN_WORDS: whole(1, 100).default(REVIEW_LIMITS.minWordsDefault),
  COLLAB_MAX_DOCUMENT_BYTES: whole(64 * 1024, 1024 * 1024 * 1024).default(COLLAB_LIMITS.maxDocumentBytes),
  DB_CONNECT_TIMEOUT_MS: whole(100, 120_000).default(3000),
  DB_QUERY_TIMEOUT_MS: whole(500, 3_600_000).default(10_000),
  MEDIA_MAX_BYTES: whole(1024, 1024 ** 4).default(500 * 1024 * 1024),
  MEDIA_RETENTION_DAYS: whole(1, 3650).default(90),
  MEDIA_RETENTION_WARNING_DAYS: whole(0, 365).default(14),
  MEDIA_S3_ENDPOINT: z.url({ error: 'must be a URL such as https://s3.eu-west-1.amazonaws.com' }).optional(),
  MEDIA_S3_BUCKET: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'must be an S3 bucket name (3 to 63 lower-case letters, digits, dots, dashes)',
    )
    .optional(),
  MEDIA_S3_REGION: z.string().min(1).default('us-east-1'),
  MEDIA_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  MEDIA_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  MEDIA_S3_FORCE_PATH_STYLE: bool.default(true),
  // Sign in with Google / Microsoft (server/src/auth/oidc, docs/integrations.md)
  GOOGLE_CLIENT_ID: z.string().min(1).max(300).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).max(500).optional(),
  OIDC_GOOGLE_ISSUER: z.url({ error: 'must be a URL such as https://accounts.google.com' }).optional(),
  MICROSOFT_CLIENT_ID: z.string().min(1).max(300).optional(),
  MICROSOFT_CLIENT_SECRET: z.string().min(1).max(500).optional(),
  MICROSOFT_TENANT: z
    .string()
    .regex(/^[A-Za-z0-9.-]{1,100}$/, 'must be organizations, common, a tenant id (GUID) or a domain such as school.org')
    .default('organizations'),
  OIDC_MICROSOFT_ISSUER: z
    .url({ error: 'must be a URL such as https://login.microsoftonline.com/organizations/v2.0' })
    .optional(),
  // LTI 1.3 tool key (server/src/integrations/lti): a PKCS#8 RSA private key in PEM; without it one is made under DATA_DIR.
  LTI_PRIVATE_KEY: z
    .string()
    .refine((v) => v.includes('-----BEGIN PRIVATE KEY-----'), 'must be a PKCS#8 PEM (-----BEGIN PRIVATE KEY-----)')
    .optional(),
});

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Base URL for links in emails, e.g. https://switchback.example.org. */
  publicUrl: string;
  /** External PostgreSQL; when absent an embedded PostgreSQL is started. */
  databaseUrl?: string;
  dataDir: string;
  redisUrl?: string;
  smtpUrl?: string;
  mailFrom: string;
  /** Seed the demo network on a database that has no network yet. */
  seedDemo: boolean;
  sessionTtlHours: number;
  trustProxy: boolean;
  signInAccountLimit: number;
  signInIpLimit: number;
  signInWindowMinutes: number;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** Words peer reviews may not contain (REVIEW_BLOCKED_WORDS, comma-separated; default: a short list). */
  reviewBlockedWords: readonly string[];
  /** The length floor, in words, of every comment of a peer review. */
  reviewMinWords: number;
  /** The size limit of one live document's state, in bytes: changes that would exceed it are refused. */
  collabMaxDocumentBytes: number;
  /** Folder of the built client to serve, if it exists. */
  clientDist: string;
  /** How long requests wait on PostgreSQL before answering "the database is not answering". */
  databaseTimeouts: { connectTimeoutMs: number; statementTimeoutMs: number };
  /** Recordings (server/src/media, docs/media.md). */
  media: MediaConfig;
  /** Sign in with Google / Microsoft: a provider with no client id is not configured on this server. */
  oidc: OidcConfig;
  /** LTI 1.3 tool key: PEM from LTI_PRIVATE_KEY, else generated once under DATA_DIR/lti. */
  lti: { privateKeyPem?: string };
}

export interface OidcProviderConfig {
  clientId: string;
  clientSecret: string;
  /** The issuer to discover (`<issuer>/.well-known/openid-configuration`). */
  issuer: string;
}

export interface OidcConfig {
  google?: OidcProviderConfig;
  microsoft?: OidcProviderConfig & { tenant: string };
}

export interface MediaConfig {
  /** The largest recording accepted, in bytes (MEDIA_MAX_BYTES, default 500 MB). */
  maxBytes: number;
  /** Days after its owner closes that a recording is deleted. */
  retentionDays: number;
  /** Days before deletion that the owner's participants are warned. */
  retentionWarningDays: number;
  /** An S3-compatible bucket for recordings; without it they are kept under DATA_DIR/media. */
  s3?: {
    endpoint: string;
    bucket: string;
    region: string;
    accessKeyId: string;
    secretAccessKey: string;
    forcePathStyle: boolean;
  };
}

export class ConfigError extends Error {}

/** Reads and validates configuration from the environment. Throws ConfigError with a one-line message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.keys(envSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue.path[0] ?? 'configuration');
    const shown =
      key in cleaned && cleaned[key] !== undefined && !key.includes('SECRET')
        ? ` (got "${redact(String(cleaned[key]))}")`
        : '';
    throw new ConfigError(`Invalid ${key}: ${issue.message}${shown}`);
  }
  const e = parsed.data;
  const port = e.PORT;
  const s3Keys = [
    'MEDIA_S3_ENDPOINT',
    'MEDIA_S3_BUCKET',
    'MEDIA_S3_ACCESS_KEY_ID',
    'MEDIA_S3_SECRET_ACCESS_KEY',
  ] as const;
  const s3Given = s3Keys.filter((k) => e[k] !== undefined);
  if (s3Given.length > 0 && s3Given.length < s3Keys.length) {
    const missing = s3Keys.filter((k) => e[k] === undefined).join(', ');
    throw new ConfigError(`Invalid MEDIA_S3_*: recordings in S3 need all of ${s3Keys.join(', ')} (missing ${missing})`);
  }
  if (e.MEDIA_RETENTION_WARNING_DAYS >= e.MEDIA_RETENTION_DAYS)
    throw new ConfigError(
      `Invalid MEDIA_RETENTION_WARNING_DAYS: must be fewer than MEDIA_RETENTION_DAYS (${e.MEDIA_RETENTION_DAYS}) (got "${e.MEDIA_RETENTION_WARNING_DAYS}")`,
    );
  const oidc = oidcConfig(e);
  return {
    env: e.NODE_ENV,
    port,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR ?? path.join(REPO_ROOT, '.data')),
    redisUrl: e.REDIS_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    seedDemo: e.SEED_DEMO ?? !e.DATABASE_URL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    trustProxy: e.TRUST_PROXY,
    signInAccountLimit: e.SIGN_IN_ACCOUNT_LIMIT,
    signInIpLimit: e.SIGN_IN_IP_LIMIT,
    signInWindowMinutes: e.SIGN_IN_WINDOW_MINUTES,
    logLevel: e.LOG_LEVEL,
    reviewBlockedWords:
      e.REVIEW_BLOCKED_WORDS === undefined
        ? DEFAULT_BLOCKED_WORDS
        : e.REVIEW_BLOCKED_WORDS.split(',')
            .map((w) => w.trim())
            .filter(Boolean),
    reviewMinWords: e.REVIEW_MIN_WORDS,
    collabMaxDocumentBytes: e.COLLAB_MAX_DOCUMENT_BYTES,
    clientDist: path.join(REPO_ROOT, 'client', 'dist'),
    databaseTimeouts: { connectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS, statementTimeoutMs: e.DB_QUERY_TIMEOUT_MS },
    media: {
      maxBytes: e.MEDIA_MAX_BYTES,
      retentionDays: e.MEDIA_RETENTION_DAYS,
      retentionWarningDays: e.MEDIA_RETENTION_WARNING_DAYS,
      s3:
        e.MEDIA_S3_ENDPOINT && e.MEDIA_S3_BUCKET && e.MEDIA_S3_ACCESS_KEY_ID && e.MEDIA_S3_SECRET_ACCESS_KEY
          ? {
              endpoint: e.MEDIA_S3_ENDPOINT,
              bucket: e.MEDIA_S3_BUCKET,
              region: e.MEDIA_S3_REGION,
              accessKeyId: e.MEDIA_S3_ACCESS_KEY_ID,
              secretAccessKey: e.MEDIA_S3_SECRET_ACCESS_KEY,
              forcePathStyle: e.MEDIA_S3_FORCE_PATH_STYLE,
            }
          : undefined,
    },
    oidc,
    lti: { privateKeyPem: e.LTI_PRIVATE_KEY?.replace(/\\n/g, '\n') },
  };
}

/** GOOGLE_* and MICROSOFT_*: an id needs its secret (and a secret its id). */
function oidcConfig(e: z.infer<typeof envSchema>): OidcConfig {
  const pair = (name: 'GOOGLE' | 'MICROSOFT') => {
    const id = e[`${name}_CLIENT_ID`];
    const secret = e[`${name}_CLIENT_SECRET`];
    if (id && !secret)
      throw new ConfigError(
        `Invalid ${name}_CLIENT_SECRET: ${name}_CLIENT_ID is set, so its client secret is needed too`,
      );
    if (secret && !id)
      throw new ConfigError(`Invalid ${name}_CLIENT_ID: ${name}_CLIENT_SECRET is set, so its client id is needed too`);
    return id && secret ? { clientId: id, clientSecret: secret } : undefined;
  };
  const google = pair('GOOGLE');
  const microsoft = pair('MICROSOFT');
  const trim = (url: string) => url.replace(/\/$/, '');
  return {
    google: google && { ...google, issuer: trim(e.OIDC_GOOGLE_ISSUER ?? 'https://accounts.google.com') },
    microsoft: microsoft && {
      ...microsoft,
      tenant: e.MICROSOFT_TENANT,
      issuer: trim(e.OIDC_MICROSOFT_ISSUER ?? `https://login.microsoftonline.com/${e.MICROSOFT_TENANT}/v2.0`),
    },
  };
}

/** Hides passwords in URLs before they are printed. */
export function redact(value: string): string {
  return value.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

export const APP_CONFIG = Symbol('APP_CONFIG');
