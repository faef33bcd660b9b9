/**
 * A simulated LTI 1.3 platform (an LMS) for tests: its own RS256 key, its key set served on port 0,
 * id tokens signed like Canvas, Schoology or Moodle sign them, and a deep-linking return endpoint.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';

const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
export const ROLES = {
  instructor: 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor',
  learner: 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner',
};

export interface TestPlatform {
  issuer: string;
  clientId: string;
  deploymentId: string;
  authLoginUrl: string;
  authTokenUrl: string;
  jwksUrl: string;
  /** Bodies posted to the deep-linking return URL. */
  returned: Record<string, string>[];
  returnUrl: string;
  /** Signs an id token for `nonce` with the platform's key; `claims` override (or, set to undefined, remove) any claim. */
  idToken(
    nonce: string,
    claims?: Record<string, unknown>,
    opts?: { expiresIn?: string | number; iat?: number },
  ): Promise<string>;
  close(): Promise<void>;
}

export async function startPlatform(): Promise<TestPlatform> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = `platform-${randomUUID().slice(0, 8)}`;
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const returned: Record<string, string>[] = [];
  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/jwks') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ keys: [jwk] }));
    }
    if (req.method === 'POST' && req.url === '/deep-link-return') {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        returned.push(Object.fromEntries(new URLSearchParams(body)));
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      });
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = `client-${randomUUID().slice(0, 8)}`;
  const deploymentId = `dep-${randomUUID().slice(0, 8)}`;
  const sign = (key: CryptoKey, payload: JWTPayload, expiresIn: string | number, iat?: number) =>
    new SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuedAt(iat)
      .setExpirationTime(expiresIn)
      .sign(key);
  return {
    issuer: origin,
    clientId,
    deploymentId,
    authLoginUrl: `${origin}/auth`,
    authTokenUrl: `${origin}/token`,
    jwksUrl: `${origin}/jwks`,
    returned,
    returnUrl: `${origin}/deep-link-return`,
    async idToken(nonce, claims = {}, opts = {}) {
      const base: Record<string, unknown> = {
        iss: origin,
        aud: clientId,
        sub: `user-${randomUUID().slice(0, 8)}`,
        nonce,
        [`${LTI}message_type`]: 'LtiResourceLinkRequest',
        [`${LTI}version`]: '1.3.0',
        [`${LTI}deployment_id`]: deploymentId,
        [`${LTI}target_link_uri`]: 'http://switchback.test/lti/launch',
        [`${LTI}roles`]: [ROLES.learner],
        [`${LTI}context`]: { id: 'course-101', label: 'ELA 10', title: 'English 10' },
      };
      const payload = Object.fromEntries(
        Object.entries({ ...base, ...claims }).filter(([, v]) => v !== undefined),
      ) as JWTPayload;
      return sign(privateKey, payload, opts.expiresIn ?? '5m', opts.iat);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export const CLAIMS = {
  messageType: `${LTI}message_type`,
  deploymentId: `${LTI}deployment_id`,
  roles: `${LTI}roles`,
  context: `${LTI}context`,
  resourceLink: `${LTI}resource_link`,
  custom: `${LTI}custom`,
  dlSettings: 'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings',
  dlItems: 'https://purl.imsglobal.org/spec/lti-dl/claim/content_items',
  dlData: 'https://purl.imsglobal.org/spec/lti-dl/claim/data',
  nrps: 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice',
  ags: 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint',
};

/** The cookies a response sets, by name (empty values when cleared). */
export function setCookies(res: Response): Record<string, string> {
  return Object.fromEntries(
    res.headers.getSetCookie().map((c) => {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      return [pair.slice(0, i), decodeURIComponent(pair.slice(i + 1))];
    }),
  );
}
