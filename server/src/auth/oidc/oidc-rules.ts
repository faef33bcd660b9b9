import { emailDomainOf, type SignInProviderName } from '@switchback/shared';

/** What a provider's ID token says about the person (the claims Switchback reads). */
export interface ProviderClaims {
  sub: string;
  iss?: string;
  email?: unknown;
  email_verified?: unknown;
  /** Microsoft: "email domain owner verified", an optional claim the app registration asks for. */
  xms_edov?: unknown;
  /** Microsoft: the person's tenant (directory) id. */
  tid?: unknown;
  name?: unknown;
  preferred_username?: unknown;
}

export type EmailCheck = { ok: true; email: string; domain: string } | { ok: false; reason: 'unverified' };

const isTrue = (v: unknown) => v === true || v === 'true' || v === 1 || v === '1';

/**
 * The email a provider vouches for, or "unverified".
 * - Google: `email` with `email_verified` true (Workspace accounts always have it).
 * - Microsoft: `email` only when the tenant owns the email's domain: the optional claim `xms_edov`
 *   true (or a standard `email_verified` true). Microsoft's `email` is otherwise editable by users
 *   and tenant admins, and `preferred_username` is documented as mutable and not for authorization:
 *   it is never used.
 */
export function verifiedEmail(provider: SignInProviderName, claims: ProviderClaims): EmailCheck {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  const domain = email ? emailDomainOf(email) : null;
  if (!email || !domain || email.length > 254) return { ok: false, reason: 'unverified' };
  const verified =
    provider === 'GOOGLE' ? claims.email_verified === true : isTrue(claims.xms_edov) || claims.email_verified === true;
  return verified ? { ok: true, email, domain } : { ok: false, reason: 'unverified' };
}

export interface DomainRow {
  networkId: string;
  schoolId: string;
  domain: string;
}

/**
 * The schools an email domain belongs to, in the networks where the provider is enabled. Exact
 * matches only: a sub-domain ("students.school.org") is another domain, to be listed by itself, and
 * a look-alike ("school.org.evil.com", "evilschool.org") never matches.
 */
export function schoolsForDomain(
  domain: string,
  rows: readonly DomainRow[],
  enabledNetworkIds: ReadonlySet<string>,
): DomainRow[] {
  const d = domain.toLowerCase();
  return rows.filter((r) => r.domain === d && enabledNetworkIds.has(r.networkId));
}

/**
 * Microsoft's multi-tenant endpoints (`organizations`, `common`) publish the issuer
 * `https://login.microsoftonline.com/{tenantid}/v2.0`: a token is valid only when its `iss` is that
 * template with the token's own `tid`. (openid-client applies the same rule for
 * login.microsoftonline.com; this is checked again here for any issuer with the template.)
 */
export function issuerMatches(discoveredIssuer: string, claims: Pick<ProviderClaims, 'iss' | 'tid'>): boolean {
  if (!discoveredIssuer.includes('{tenantid}')) return claims.iss === discoveredIssuer;
  if (typeof claims.tid !== 'string' || !/^[0-9a-f-]{36}$/i.test(claims.tid)) return false;
  return claims.iss === discoveredIssuer.replace('{tenantid}', claims.tid);
}
