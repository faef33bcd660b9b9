import { setupI18n, type Messages } from '@lingui/core';
import { intlLocale, PSEUDO_LOCALE, type UiLocale } from './locales';

/** The app's one translator. Components read it through `useT` (hooks.tsx); plain code through `t`. */
export const i18n = setupI18n();

type Catalog = () => Promise<{ default: Messages }>;

// Only the active language's catalogs are fetched, in two chunks each: what the sign-in route needs
// (auth, common; errors too for languages other than English) at start-up, and every other namespace
// with the first lazy page.
const core: Record<UiLocale, Catalog> = {
  en: () => import('./catalog-en'),
  es: () => import('./catalog-es'),
  [PSEUDO_LOCALE]: () => import('./catalog-pseudo'),
};
const app: Record<UiLocale, Catalog> = {
  en: () => import('./catalog-en-app'),
  es: () => import('./catalog-es-app'),
  [PSEUDO_LOCALE]: () => import('./catalog-pseudo-app'),
};

let wantApp = false;
let wanted: UiLocale | null = null;
let switching: Promise<void> = Promise.resolve();
const appLoaded = new Set<UiLocale>();

/**
 * Loads a language's catalogs (once) and switches the app to it: `<html lang>` follows, and the
 * I18nRoot renders the app again in it.
 */
export function activateLocale(locale: UiLocale): Promise<void> {
  if (wanted === locale) return switching;
  wanted = locale;
  switching = Promise.all([core[locale](), wantApp ? app[locale]() : null]).then(([base, rest]) => {
    if (wanted !== locale) return; // another language was asked for meanwhile
    if (rest) appLoaded.add(locale);
    i18n.loadAndActivate({
      locale,
      locales: [intlLocale(locale)],
      messages: { ...base.default, ...rest?.default },
    });
    if (typeof document !== 'undefined') document.documentElement.lang = locale === PSEUDO_LOCALE ? 'en' : locale;
  });
  return switching;
}

/** The namespaces of the pages past sign-in, in the active language: `page()` in app/router.tsx awaits it. */
export async function loadAppCatalogs(): Promise<void> {
  wantApp = true;
  await switching;
  const locale = activeLocale();
  if (appLoaded.has(locale)) return;
  const { default: messages } = await app[locale]();
  if (activeLocale() !== locale || appLoaded.has(locale)) return;
  appLoaded.add(locale);
  i18n.load(locale, messages);
}

/** The active language ("en", "es", or the pseudo-locale in tests). */
export function activeLocale(): UiLocale {
  return (i18n.locale || 'en') as UiLocale;
}

/** Whether a message id exists in the active catalog (for optional translations, e.g. API errors). */
export function hasMessage(id: string): boolean {
  return id in i18n.messages;
}
