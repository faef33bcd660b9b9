/**
 * A simulated LMS (an LTI 1.3 platform) for tests, on port 0: its own key pair and key set, an OAuth 2
 * token endpoint that checks the tool's client assertion (RFC 7523) against the tool's public key set,
 * and the LTI Advantage services: Names and Role Provisioning (paged with Link headers) and Assignment
 * and Grade Services (line items and scores). It keeps every token request and score it received.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRemoteJWKSet, exportJWK, generateKeyPair, jwtVerify, type JWK, type JWTPayload } from 'jose';

export const NRPS_TYPE = 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json';
export const LINE_ITEM_TYPE = 'application/vnd.ims.lis.v2.lineitem+json';
export const LINE_ITEMS_TYPE = 'application/vnd.ims.lis.v2.lineitemcontainer+json';
export const SCORE_TYPE = 'application/vnd.ims.lis.v1.score+json';

export const SCOPES = {
  roster: 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly',
  lineItem: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
  lineItemReadonly: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly',
  score: 'https://purl.imsglobal.org/spec/lti-ags/scope/score',
};

export const ROLES = {
  learner: 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner',
  instructor: 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor',
};

export interface Member {
  user_id: string;
  roles: string[];
  status?: 'Active' | 'Inactive' | 'Deleted';
  name?: string;
  given_name?: string;
  family_name?: string;
  email?: string;
}

export interface TokenRequest {
  /** Whether the platform gave a token. */
  granted: boolean;
  /** Why it refused (when it did). */
  refusal?: string;
  scope: string;
  /** The verified claims of the client assertion (when its signature held). */
  claims?: JWTPayload;
}

export interface ReceivedScore {
  lineItemId: string;
  contentType: string;
  scopes: string[];
  body: Record<string, unknown>;
}

export interface LineItemRow {
  id: string;
  label: string;
  scoreMaximum: number;
  resourceLinkId?: string;
  resourceId?: string;
  tag?: string;
}

export interface SimulatedPlatform {
  url: string;
  issuer: string;
  clientId: string;
  tokenUrl: string;
  authUrl: string;
  jwksUrl: string;
  publicJwk: JWK;
  membershipsUrl(courseId: string): string;
  lineItemsUrl(courseId: string): string;
  /** Course id → its members (change them between syncs). */
  courses: Map<string, { title: string; members: Member[] }>;
  /** Members per roster page. */
  pageSize: number;
  /** When true the token endpoint answers 400 invalid_client. */
  refuseTokens: boolean;
  tokenRequests: TokenRequest[];
  /** Roster pages served, by URL. */
  rosterPages: string[];
  lineItems: LineItemRow[];
  scores: ReceivedScore[];
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(json === undefined ? '' : JSON.stringify(json));
}

/** Starts the platform. `toolJwksUrl`: the tool's public key set its client assertions are checked against. */
export async function startPlatform(opts: { toolJwksUrl: string; clientId?: string }): Promise<SimulatedPlatform> {
  const { publicKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid: 'platform-key-1', alg: 'RS256', use: 'sig' };
  const toolKeys = createRemoteJWKSet(new URL(opts.toolJwksUrl));
  const seenJti = new Set<string>();
  const tokens = new Map<string, string[]>();

  const p = {
    courses: new Map(),
    pageSize: 2,
    refuseTokens: false,
    tokenRequests: [],
    rosterPages: [],
    lineItems: [],
    scores: [],
  } as unknown as SimulatedPlatform;

  const bearer = (req: IncomingMessage, scope: string | string[]): string[] | null => {
    const m = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
    const granted = m ? tokens.get(m[1]) : undefined;
    const wanted = Array.isArray(scope) ? scope : [scope];
    return granted && wanted.some((s) => granted.includes(s)) ? granted : null;
  };

  async function token(req: IncomingMessage, res: ServerResponse) {
    const form = new URLSearchParams(await body(req));
    const scope = form.get('scope') ?? '';
    const refuse = (refusal: string, claims?: JWTPayload) => {
      p.tokenRequests.push({ granted: false, refusal, scope, claims });
      send(res, 400, { error: 'invalid_client', error_description: refusal });
    };
    if (form.get('grant_type') !== 'client_credentials') return refuse('grant_type');
    if (form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer') {
      return refuse('client_assertion_type');
    }
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(form.get('client_assertion') ?? '', toolKeys, {
        algorithms: ['RS256'],
        issuer: p.clientId,
        subject: p.clientId,
        audience: p.tokenUrl,
        requiredClaims: ['jti', 'exp', 'iat'],
      }));
    } catch (err) {
      return refuse(`assertion: ${(err as Error).message}`);
    }
    if (seenJti.has(claims.jti!)) return refuse('jti replayed', claims);
    seenJti.add(claims.jti!);
    if (p.refuseTokens) return refuse('this platform refuses the tool', claims);
    const known = Object.values(SCOPES);
    const granted = scope.split(' ').filter((s) => known.includes(s));
    const accessToken = randomBytes(16).toString('hex');
    tokens.set(accessToken, granted);
    p.tokenRequests.push({ granted: true, scope, claims });
    send(res, 200, { access_token: accessToken, token_type: 'Bearer', expires_in: 3600, scope: granted.join(' ') });
  }

  function memberships(req: IncomingMessage, res: ServerResponse, courseId: string, url: URL) {
    if (!bearer(req, SCOPES.roster)) return send(res, 401, { error: 'unauthorized' });
    if (!(req.headers.accept ?? '').includes(NRPS_TYPE)) return send(res, 406, { error: 'not acceptable' });
    const course = p.courses.get(courseId);
    if (!course) return send(res, 404, { error: 'no such course' });
    p.rosterPages.push(url.toString());
    const page = Number(url.searchParams.get('page') ?? '1');
    const members = course.members.slice((page - 1) * p.pageSize, page * p.pageSize);
    const headers: Record<string, string> = { 'content-type': NRPS_TYPE };
    if (page * p.pageSize < course.members.length) {
      headers.link = `<${p.membershipsUrl(courseId)}?page=${page + 1}>; rel="next"`;
    }
    send(res, 200, { id: url.toString(), context: { id: courseId, title: course.title }, members }, headers);
  }

  async function lineItems(req: IncomingMessage, res: ServerResponse, courseId: string, url: URL) {
    if (req.method === 'GET') {
      if (!bearer(req, [SCOPES.lineItem, SCOPES.lineItemReadonly])) return send(res, 401, { error: 'unauthorized' });
      const rl = url.searchParams.get('resource_link_id');
      const tag = url.searchParams.get('tag');
      const mine = p.lineItems.filter(
        (i) =>
          i.id.startsWith(`${p.lineItemsUrl(courseId)}/`) &&
          (!rl || i.resourceLinkId === rl) &&
          (!tag || i.tag === tag),
      );
      return send(res, 200, mine, { 'content-type': LINE_ITEMS_TYPE });
    }
    if (!bearer(req, SCOPES.lineItem)) return send(res, 401, { error: 'unauthorized' });
    if (req.headers['content-type'] !== LINE_ITEM_TYPE) return send(res, 415, { error: 'media type' });
    const item = JSON.parse(await body(req)) as Omit<LineItemRow, 'id'>;
    const row = { ...item, id: `${p.lineItemsUrl(courseId)}/${p.lineItems.length + 1}` };
    p.lineItems.push(row);
    send(res, 201, row, { 'content-type': LINE_ITEM_TYPE });
  }

  async function scores(req: IncomingMessage, res: ServerResponse, lineItemId: string, courseId: string) {
    const scopes = bearer(req, SCOPES.score);
    if (!scopes) return send(res, 401, { error: 'unauthorized' });
    if (!p.lineItems.some((i) => i.id === lineItemId)) return send(res, 404, { error: 'no such line item' });
    const score = JSON.parse(await body(req)) as Record<string, unknown>;
    const course = p.courses.get(courseId);
    if (!course?.members.some((m) => m.user_id === score.userId && (m.status ?? 'Active') === 'Active')) {
      return send(res, 422, { error: 'user not in course' });
    }
    p.scores.push({ lineItemId, contentType: req.headers['content-type'] ?? '', scopes, body: score });
    send(res, 204, undefined);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', p.url);
    const path = url.pathname;
    let m: RegExpExecArray | null;
    const run = async () => {
      if (path === '/token' && req.method === 'POST') return token(req, res);
      if (path === '/jwks') return send(res, 200, { keys: [publicJwk] });
      if ((m = /^\/courses\/([^/]+)\/memberships$/.exec(path)) && req.method === 'GET') {
        return memberships(req, res, m[1], url);
      }
      if ((m = /^\/courses\/([^/]+)\/lineitems$/.exec(path))) return lineItems(req, res, m[1], url);
      if ((m = /^\/courses\/([^/]+)\/lineitems\/(\d+)\/scores$/.exec(path)) && req.method === 'POST') {
        return scores(req, res, `${p.lineItemsUrl(m[1])}/${m[2]}`, m[1]);
      }
      send(res, 404, { error: 'not found' });
    };
    run().catch((err: Error) => send(res, 500, { error: err.message }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.assign(p, {
    url,
    issuer: url,
    clientId: opts.clientId ?? `tool-${randomBytes(4).toString('hex')}`,
    tokenUrl: `${url}/token`,
    authUrl: `${url}/auth`,
    jwksUrl: `${url}/jwks`,
    publicJwk,
    membershipsUrl: (courseId: string) => `${url}/courses/${courseId}/memberships`,
    lineItemsUrl: (courseId: string) => `${url}/courses/${courseId}/lineitems`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
  return p;
}
