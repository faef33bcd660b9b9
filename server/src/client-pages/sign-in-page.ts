import { safeNextPath, signInFormError } from '@switchback/shared';

/**
 * The first page of /sign-in (client/build/first-paint.ts emits it as sign-in.html): the app's page
 * with a plain sign-in form, filled in here with where to go after signing in and why the last
 * attempt was refused. Everything put in comes from a fixed list or is escaped.
 */
export function renderSignInPage(template: string, query: { next?: unknown; error?: unknown }): string {
  const next = safeNextPath(typeof query.next === 'string' ? query.next : null) ?? '';
  const message = signInFormError(typeof query.error === 'string' ? query.error : null);
  const alert = message ? `<div class="boot-error" role="alert">${escapeHtml(message)}</div>` : '';
  return template.replace('__SIGN_IN_NEXT__', escapeHtml(next)).replace('<!--sign-in-error-->', alert);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
