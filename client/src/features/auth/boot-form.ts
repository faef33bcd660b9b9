/**
 * The first page of /sign-in is a plain HTML sign-in form (client/build/first-paint.ts) that works
 * before the app's code arrives. When the app's sign-in page first renders, that form is still in
 * the page (React replaces it on commit): what the person typed, and where the cursor was, carry over.
 */
export interface BootSignIn {
  login: string;
  password: string;
  focus: 'login' | 'password' | null;
}

export function readBootSignIn(): BootSignIn | null {
  const form = document.getElementById('boot-sign-in');
  if (!(form instanceof HTMLFormElement)) return null;
  const login = form.elements.namedItem('login');
  const password = form.elements.namedItem('password');
  if (!(login instanceof HTMLInputElement) || !(password instanceof HTMLInputElement)) return null;
  const active = document.activeElement;
  return {
    login: login.value,
    password: password.value,
    focus: active === login ? 'login' : active === password ? 'password' : null,
  };
}
