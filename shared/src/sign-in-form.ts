/**
 * The sign-in form in the app's first page (client/build/first-paint.ts): a plain HTML form that
 * works before — and without — the app's code, posting to SIGN_IN_FORM_PATH. A refused attempt
 * comes back to /sign-in?error=<code>; both the server (in that page) and the app show the sentence.
 */
export const SIGN_IN_FORM_PATH = '/api/sign-in';

export const SIGN_IN_FORM_ERRORS = {
  missing: 'Enter your email or username and your password.',
  mismatch: 'That email or username and password do not match. Check them and try again.',
  limited: 'Too many attempts to sign in to this account from here. Wait a few minutes, then try again.',
  closed: 'This account cannot sign in. If that is a mistake, ask your teacher or your network coordinator.',
  origin: 'That sign-in came from another site. Sign in on this page instead.',
  unavailable: 'Switchback could not sign you in just now. Try again in a minute.',
} as const;

export type SignInFormError = keyof typeof SIGN_IN_FORM_ERRORS;

export function signInFormError(code: string | null | undefined): string | null {
  return code && Object.hasOwn(SIGN_IN_FORM_ERRORS, code) ? SIGN_IN_FORM_ERRORS[code as SignInFormError] : null;
}

/** Only same-site paths are followed after sign-in (not `//host` or `/\host`, which leave the site). */
export function safeNextPath(next: string | null | undefined): string | null {
  // Browsers drop tabs and newlines from addresses (`/<tab>/host` is `//host`): no control characters.
  // eslint-disable-next-line no-control-regex
  const unsafe = /[\\\u0000-\u001f\u007f]/;
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !unsafe.test(next) ? next : null;
}
