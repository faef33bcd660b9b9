import { Button, Group } from '@mantine/core';
import { LOCALE_NAMES, LOCALES, type AppLocale } from '@switchback/shared';
import { activateLocale, activeLocale, markLocaleChosen, useT } from '../lib/i18n';

/**
 * English / Español, each written in its own language. Before sign-in the choice is kept on this
 * device and given to the account after sign-in (or to a new account); signed in, `onChoose` saves it.
 */
export function LanguageChooser({ onChoose }: { onChoose?: (locale: AppLocale) => void }) {
  const t = useT('common');
  const current = activeLocale();
  const choose = (locale: AppLocale) => {
    if (onChoose) return onChoose(locale);
    markLocaleChosen(locale);
    void activateLocale(locale);
  };
  return (
    <Group gap={4} role="group" aria-label={t('language.label')} justify="center">
      {LOCALES.map((locale) => (
        <Button
          key={locale}
          size="compact-sm"
          mih={44}
          variant={current === locale ? 'light' : 'subtle'}
          aria-pressed={current === locale}
          lang={locale}
          translate="no"
          onClick={() => choose(locale)}
        >
          {LOCALE_NAMES[locale]}
        </Button>
      ))}
    </Group>
  );
}
