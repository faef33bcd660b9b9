import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  calculateJwkThumbprint,
  exportJWK,
  exportPKCS8,
  generateKeyPair,
  importJWK,
  importPKCS8,
  jwtVerify,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from 'jose';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';

/** The one algorithm LTI 1.3 requires of every party (IMS Security Framework §5.1.3). */
export const LTI_ALG = 'RS256';

export interface SignOptions {
  /** Lifetime, e.g. '5m' (the default). */
  expiresIn?: string;
  /** A `typ` header, e.g. 'JWT'. */
  typ?: string;
}

/** The private key file made on first start when LTI_PRIVATE_KEY is not set (mode 0600, never in the database). */
export function generatedKeyPath(dataDir: string): string {
  return path.join(dataDir, 'lti', 'tool-private-key.pem');
}

/**
 * Switchback's key as an LTI tool: an RS256 key pair whose private half is configuration
 * (LTI_PRIVATE_KEY, or a file generated once under DATA_DIR) and whose public half is served at
 * GET /.well-known/jwks.json. Signs deep-linking responses and client_credentials assertions.
 */
@Injectable()
export class LtiKeysService implements OnModuleInit {
  private privateKey?: CryptoKey;
  private publicKey?: CryptoKey | Uint8Array;
  private publicJwk?: JWK;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    await this.load();
  }

  /** The public key set (one key, with `kid`, `alg`, `use`), as served at /.well-known/jwks.json. */
  async jwks(): Promise<{ keys: JWK[] }> {
    await this.load();
    return { keys: [this.publicJwk!] };
  }

  /** The `kid` of the current key (its RFC 7638 thumbprint). */
  async kid(): Promise<string> {
    await this.load();
    return this.publicJwk!.kid!;
  }

  /** Signs a JWT with the tool key: RS256, `kid` header, `iat`, a random `jti` and `exp` (5 minutes by default). */
  async sign(payload: JWTPayload, options: SignOptions = {}): Promise<string> {
    await this.load();
    return new SignJWT(payload)
      .setProtectedHeader({ alg: LTI_ALG, kid: this.publicJwk!.kid!, ...(options.typ ? { typ: options.typ } : {}) })
      .setIssuedAt()
      .setJti(payload.jti ?? crypto.randomUUID())
      .setExpirationTime(options.expiresIn ?? '5m')
      .sign(this.privateKey!);
  }

  /** Verifies a token this tool signed itself (e.g. a deep-linking pick), for the given audience. */
  async verifyOwn(token: string, audience: string): Promise<JWTPayload> {
    await this.load();
    const { payload } = await jwtVerify(token, this.publicKey!, { algorithms: [LTI_ALG], audience });
    return payload;
  }

  private loading?: Promise<void>;

  private load(): Promise<void> {
    this.loading ??= this.read();
    return this.loading;
  }

  private async read(): Promise<void> {
    const pem = this.config.lti.privateKeyPem ?? (await this.generatedPem());
    const privateKey = await importPKCS8(pem, LTI_ALG, { extractable: true });
    const jwk = await exportJWK(privateKey);
    const publicJwk: JWK = { kty: jwk.kty, n: jwk.n, e: jwk.e };
    publicJwk.kid = await calculateJwkThumbprint(publicJwk);
    publicJwk.alg = LTI_ALG;
    publicJwk.use = 'sig';
    this.privateKey = privateKey;
    this.publicKey = await importJWK(publicJwk, LTI_ALG);
    this.publicJwk = publicJwk;
  }

  /** Reads the generated key, making it the first time (exclusive create, so parallel starts agree on one key). */
  private async generatedPem(): Promise<string> {
    const file = generatedKeyPath(this.config.dataDir);
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const { privateKey } = await generateKeyPair(LTI_ALG, { modulusLength: 2048, extractable: true });
    const pem = await exportPKCS8(privateKey);
    try {
      fs.writeFileSync(file, pem, { flag: 'wx', mode: 0o600 });
      return pem;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFileSync(file, 'utf8');
      throw err;
    }
  }
}
