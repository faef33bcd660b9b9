import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

/** What the test provider says about one person (their ID token claims). */
export interface ProviderAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  /** Microsoft's "email domain owner verified". */
  xms_edov?: boolean;
}

export interface TestOpenIdProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who signs in at the provider's next login prompt. */
  signInAs(account: ProviderAccount): void;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (`oidc-provider`) on port 0, with its own signing key, one confidential
 * client and a login step completed programmatically: each interaction signs in the account given
 * to `signInAs` and grants `openid email profile` (the provider's interaction API, no login page).
 */
export async function startOpenIdProvider(redirectUris: string[]): Promise<TestOpenIdProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = `switchback-${randomBytes(4).toString('hex')}`;
  const clientSecret = randomBytes(24).toString('base64url');
  const accounts = new Map<string, ProviderAccount>();
  let current: ProviderAccount | null = null;

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified', 'xms_edov'], profile: ['name'] },
    // The claims go in the ID token (what a relying party reads), not only at userinfo.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    ttl: { Interaction: 600, Grant: 600, Session: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: () => ({ ...account }) };
    },
  });

  const callback = provider.callback();
  server.on('request', (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return void callback(req, res);
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      const account = current;
      if (!account) throw new Error('the test provider was not told who signs in (signInAs)');
      accounts.set(account.sub, account);
      const grant = new provider.Grant({ accountId: account.sub, clientId });
      grant.addOIDCScope('openid email profile');
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: account.sub }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
      void details;
    })().catch((err: Error) => {
      res.statusCode = 500;
      res.end(err.message);
    });
  });

  return {
    issuer,
    clientId,
    clientSecret,
    signInAs(account) {
      current = account;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * A browser's part, by hand: follows redirects one at a time and keeps each host's cookies. The
 * app's PUBLIC_URL (where the provider sends the browser back) is mapped to the test server.
 */
export class RedirectWalker {
  readonly cookies = new Map<string, Map<string, string>>();

  constructor(
    private readonly publicUrl: string,
    private readonly appUrl: string,
  ) {}

  private target(url: string): URL {
    const u = new URL(url);
    if (u.origin === new URL(this.publicUrl).origin) return new URL(u.pathname + u.search, this.appUrl);
    return u;
  }

  /** One request with this host's cookies; remembers the cookies it sets. */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const u = this.target(url);
    const jar = this.cookies.get(u.host) ?? new Map<string, string>();
    this.cookies.set(u.host, jar);
    const headers = new Headers(init.headers);
    if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(u, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = /expires=Thu, 01 Jan 1970/i.test(line) || /max-age=0/i.test(line) || value === '';
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  }

  /** Follows redirects from `url` until one leads back to the app outside /auth/oidc; returns every URL visited. */
  async follow(url: string, init: RequestInit = {}, max = 12): Promise<string[]> {
    const visited: string[] = [];
    let next: string | null = url;
    let first = true;
    while (next && visited.length < max) {
      visited.push(next);
      const res = await this.request(next, first ? init : {});
      first = false;
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) break;
      next = new URL(location, this.target(next)).href;
      const app = new URL(this.appUrl);
      const n = new URL(next);
      // Stop at the app's own pages (not its /auth/oidc routes): the caller looks at where it ended.
      if ((n.host === app.host || n.origin === new URL(this.publicUrl).origin) && !n.pathname.startsWith('/auth/')) {
        visited.push(next);
        break;
      }
    }
    return visited;
  }

  /** The app's cookie by name (e.g. the session). */
  appCookie(name: string): string | undefined {
    return this.cookies.get(new URL(this.appUrl).host)?.get(name);
  }
}
