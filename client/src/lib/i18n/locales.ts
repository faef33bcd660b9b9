import { DEFAULT_LOCALE, isAppLocale, matchLocale, type AppLocale } from '@switchback/shared';

/**
 * The pseudo-locale: English with every letter accented and every message bracketed ("⟦Śíǧñ íñ⟧"),
 * derived from the English catalog. Never offered to people: tests switch it on (see docs/i18n.md).
 */
export const PSEUDO_LOCALE = 'en-XA';
export type UiLocale = AppLocale | typeof PSEUDO_LOCALE;

const LOCALE_KEY = 'switchback:locale';
const CHOSEN_KEY = 'switchback:localeChosen';
const PSEUDO_KEY = 'switchback:pseudoLocale';

/**
 * The locale Intl formats with. Spanish is US Spanish (es-US: "7 dic 2026", "1,234.5"), as the
 * families of our districts read it; English is US English.
 */
export function intlLocale(locale: string): string {
  return locale === 'es' ? 'es-US' : 'en-US';
}

function read(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

function write(storage: () => Storage, key: string, value: string | null): void {
  try {
    if (value === null) storage().removeItem(key);
    else storage().setItem(key, value);
  } catch {
    // Private browsing: not remembered.
  }
}

/** Whether a test switched the pseudo-locale on (localStorage `switchback:pseudoLocale` = "1"). */
export function pseudoLocaleOn(): boolean {
  return read(() => localStorage, PSEUDO_KEY) === '1';
}

/**
 * The language of the first page: the pseudo-locale when a test asks for it, else the one this browser
 * used last (chosen, or the signed-in person's), else the browser's preferences.
 */
export function initialLocale(): UiLocale {
  if (pseudoLocaleOn()) return PSEUDO_LOCALE;
  const stored = read(() => localStorage, LOCALE_KEY);
  if (isAppLocale(stored)) return stored;
  return typeof navigator === 'undefined' ? DEFAULT_LOCALE : matchLocale(navigator.languages ?? [navigator.language]);
}

/** Remembers the language on this device, for the next visit's first page. */
export function rememberLocale(locale: AppLocale): void {
  write(() => localStorage, LOCALE_KEY, locale);
}

/**
 * A language picked with the chooser before signing in: the account takes it after sign-in (or when a
 * new account is made). Kept for this tab only.
 */
export function markLocaleChosen(locale: AppLocale): void {
  rememberLocale(locale);
  write(() => sessionStorage, CHOSEN_KEY, locale);
  // Someone signed in (on a page of the public layout) saves it at once: features/auth/LocaleSync.tsx.
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(LOCALE_CHOSEN_EVENT));
}

/** Fired on `window` when the chooser picks a language. */
export const LOCALE_CHOSEN_EVENT = 'switchback:locale-chosen';

/** The language picked before sign-in, once (cleared when read). */
export function takeChosenLocale(): AppLocale | null {
  const chosen = read(() => sessionStorage, CHOSEN_KEY);
  write(() => sessionStorage, CHOSEN_KEY, null);
  return isAppLocale(chosen) ? chosen : null;
}
