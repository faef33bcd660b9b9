/**
 * Sign in with Google and Microsoft (OpenID Connect): the providers, the routes, and the sentences
 * the sign-in page shows for `/sign-in?oidc=<code>` after the server refused or paused a sign-in.
 */
export const SIGN_IN_PROVIDERS = ['GOOGLE', 'MICROSOFT'] as const;
export type SignInProviderName = (typeof SIGN_IN_PROVIDERS)[number];

export const SIGN_IN_PROVIDER_LABELS: Record<SignInProviderName, string> = {
  GOOGLE: 'Google',
  MICROSOFT: 'Microsoft',
};

/** The provider's part of the route: /auth/oidc/google/start, /auth/oidc/microsoft/callback. */
export function providerPath(provider: SignInProviderName): string {
  return provider.toLowerCase();
}

export function providerFromPath(path: string): SignInProviderName | null {
  const upper = path.toUpperCase();
  return (SIGN_IN_PROVIDERS as readonly string[]).includes(upper) ? (upper as SignInProviderName) : null;
}

/** Where the browser goes to sign in (or join a class, or bind a student's account) with a provider. */
export function oidcStartPath(
  provider: SignInProviderName,
  params: { intent?: 'sign-in' | 'join' | 'bind'; code?: string; next?: string } = {},
): string {
  const q = new URLSearchParams();
  if (params.intent && params.intent !== 'sign-in') q.set('intent', params.intent);
  if (params.code) q.set('code', params.code);
  if (params.next) q.set('next', params.next);
  const query = q.toString();
  return `/auth/oidc/${providerPath(provider)}/start${query ? `?${query}` : ''}`;
}

export const OIDC_SIGN_IN_ERRORS = {
  'not-configured': 'Signing in with that provider is not set up on this server. Sign in with your password.',
  unverified:
    'Your school account did not confirm its email address, so Switchback cannot use it. Sign in with your password, or ask your school’s IT team.',
  'wrong-domain':
    'That account’s email is not from a school that signs in this way. Use your school account, or sign in with your password.',
  'no-account':
    'There is no Switchback account for that school account yet. Students: join your class with its code first. Adults: ask your network coordinator for an invitation.',
  'link-pending':
    'You already have a Switchback account with that email. To use your school account from now on, sign in once with your password below (or open the link we emailed you). After that, the button signs you in.',
  linked: 'Your school account is now linked. Next time, use the button to sign in.',
  'link-expired': 'That link has expired or was already used. Sign in with your school account again to get a new one.',
  closed: 'This account cannot sign in. If that is a mistake, ask your teacher or your network coordinator.',
  'class-not-set':
    'That class does not use school accounts for signing in. Join with your username and password, or ask your teacher.',
  'wrong-school': 'That school account is not from your class’s school. Use your own school account.',
  'not-student': 'Join codes are for students. Sign out to join as a student.',
  'no-code': 'No class has that join code. Check it with your teacher.',
  expired: 'That sign-in took too long or was already used. Try again.',
  limited: 'Too many attempts from here. Wait a few minutes, then try again.',
  disabled: 'Your network no longer signs in with that provider. Sign in with your password.',
  taken: 'That school account is already linked to another Switchback account. Ask your teacher.',
  failed: 'Switchback could not sign you in with that account just now. Try again in a minute.',
} as const;

export type OidcSignInError = keyof typeof OIDC_SIGN_IN_ERRORS;

export function oidcSignInMessage(code: string | null | undefined): string | null {
  return code && Object.hasOwn(OIDC_SIGN_IN_ERRORS, code) ? OIDC_SIGN_IN_ERRORS[code as OidcSignInError] : null;
}

/** Lower case, no surrounding dots or spaces, no leading "@". */
export function normalizeEmailDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');
}

/** A host name of at least two labels: letters, digits and dashes (IDN in its xn-- form). */
export const EMAIL_DOMAIN_PATTERN =
  /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

/** The domain of an email address (after its last "@"), lower case; null when it has none. */
export function emailDomainOf(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 1 || at === email.length - 1) return null;
  return normalizeEmailDomain(email.slice(at + 1));
}
