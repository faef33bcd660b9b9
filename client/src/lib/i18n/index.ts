/** The app's translations: see docs/i18n.md. */
export { activateLocale, activeLocale, hasMessage, i18n, loadAppCatalogs } from './i18n';
export { t, Tx, useT, type MessageValues } from './hooks';
export { I18nRoot } from './I18nRoot';
export {
  initialLocale,
  LOCALE_CHOSEN_EVENT,
  intlLocale,
  markLocaleChosen,
  PSEUDO_LOCALE,
  pseudoLocaleOn,
  rememberLocale,
  takeChosenLocale,
  type UiLocale,
} from './locales';
export type { MessageKey, Namespace } from './namespaces';
export { pseudo, PSEUDO_CLOSE, PSEUDO_OPEN } from './pseudo';
