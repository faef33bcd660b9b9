import { Inject, Injectable, Logger } from '@nestjs/common';
import * as client from 'openid-client';
import { providerPath, SIGN_IN_PROVIDER_LABELS, SIGN_IN_PROVIDERS, type SignInProviderName } from '@switchback/shared';
import { APP_CONFIG, type AppConfig, type OidcProviderConfig } from '../../config/config.js';
import { issuerMatches, type ProviderClaims } from './oidc-rules.js';

/** The secrets of one flow, kept server-side (OidcFlow) between the start and the callback. */
export interface FlowChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export class ProviderRefused extends Error {}

const SELECT_ACCOUNT_HOSTS = ['accounts.google.com', 'login.microsoftonline.com'];

/**
 * The OpenID Connect relying party for each configured provider (openid-client v6): discovery
 * (cached), the authorization URL with PKCE (S256), state and nonce, and the code exchange that checks
 * them and the ID token (signature, issuer, audience, expiry, nonce).
 */
@Injectable()
export class OidcClientsService {
  private readonly logger = new Logger('OpenIdConnect');
  private readonly discovered = new Map<SignInProviderName, Promise<client.Configuration>>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  settings(provider: SignInProviderName): OidcProviderConfig | undefined {
    return provider === 'GOOGLE' ? this.config.oidc.google : this.config.oidc.microsoft;
  }

  /** The providers this server has a client id and secret for. */
  configured(): { provider: SignInProviderName; label: string }[] {
    return SIGN_IN_PROVIDERS.filter((p) => this.settings(p)).map((provider) => ({
      provider,
      label: SIGN_IN_PROVIDER_LABELS[provider],
    }));
  }

  /** What to paste as the redirect URI in Google Cloud / Microsoft Entra. */
  redirectUri(provider: SignInProviderName): string {
    return `${this.config.publicUrl}/auth/oidc/${providerPath(provider)}/callback`;
  }

  async authorizationUrl(provider: SignInProviderName, checks: FlowChecks): Promise<URL> {
    const config = await this.configuration(provider);
    return client.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri(provider),
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
      state: checks.state,
      nonce: checks.nonce,
      // On a shared Chromebook, the person chooses their own account (Google's and Microsoft's own hosts).
      ...(SELECT_ACCOUNT_HOSTS.includes(new URL(config.serverMetadata().issuer).hostname)
        ? { prompt: 'select_account' }
        : {}),
    });
  }

  /** Exchanges the callback's code; throws ProviderRefused when anything does not check out. */
  async exchange(provider: SignInProviderName, query: string, checks: FlowChecks): Promise<ProviderClaims> {
    const config = await this.configuration(provider);
    const current = new URL(this.redirectUri(provider));
    current.search = query;
    try {
      const tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims() as ProviderClaims | undefined;
      if (!claims?.sub) throw new ProviderRefused('no ID token claims');
      if (!issuerMatches(config.serverMetadata().issuer, claims)) throw new ProviderRefused('unexpected issuer');
      return claims;
    } catch (err) {
      this.logger.warn(`${provider} sign-in refused: ${(err as Error).message}`);
      throw err instanceof ProviderRefused ? err : new ProviderRefused((err as Error).message);
    }
  }

  private configuration(provider: SignInProviderName): Promise<client.Configuration> {
    let found = this.discovered.get(provider);
    if (!found) {
      const s = this.settings(provider);
      if (!s) return Promise.reject(new ProviderRefused(`${provider} is not configured`));
      const issuer = new URL(s.issuer);
      // Plain http only for a provider on this machine (tests, a local development provider).
      const local = issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
      found = client.discovery(issuer, s.clientId, s.clientSecret, undefined, {
        execute: local ? [client.allowInsecureRequests] : [],
        timeout: 10,
      });
      // A failed discovery (provider down) is tried again on the next sign-in.
      found.catch(() => this.discovered.delete(provider));
      this.discovered.set(provider, found);
    }
    return found;
  }
}
