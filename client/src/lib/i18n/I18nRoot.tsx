import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { I18nProvider } from '@lingui/react';
import { i18n } from './i18n';

/**
 * Provides the translator and renders the app afresh when the language changes, so that everything
 * (dates formatted outside messages too) is in the new language. The router, Apollo's cache and the URL
 * live outside React, so nothing but unsaved form input is lost, and the language changes rarely.
 */
export function I18nRoot({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState(i18n.locale);
  useEffect(() => i18n.on('change', () => setLocale(i18n.locale)), []);
  return (
    <I18nProvider i18n={i18n}>
      <Fragment key={locale}>{children}</Fragment>
    </I18nProvider>
  );
}
