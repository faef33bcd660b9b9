/**
 * The languages a person may choose (users.locale). The client's catalogs live under
 * client/src/locales/<locale>/; see docs/i18n.md.
 */
export const LOCALES = ['en', 'es'] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'en';

/** Each language's name in itself, for the language chooser (never translated). */
export const LOCALE_NAMES: Record<AppLocale, string> = { en: 'English', es: 'Español' };

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first supported language among a browser's preferences (`navigator.languages`, or an
 * Accept-Language header split into tags): "es-MX" → "es"; English when none matches.
 */
export function matchLocale(preferences: readonly string[] | null | undefined): AppLocale {
  for (const tag of preferences ?? []) {
    const base = tag.trim().toLowerCase().split(/[-_;]/)[0];
    if (isAppLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}
