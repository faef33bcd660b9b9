import { useEffect } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { isAppLocale } from '@switchback/shared';
import { activateLocale, LOCALE_CHOSEN_EVENT, pseudoLocaleOn, rememberLocale, takeChosenLocale } from '../../lib/i18n';
import { SetMyLocaleMutation } from './operations';
import type { Viewer } from './session';

/**
 * Keeps the app in the signed-in person's language (`viewer.locale`), and gives their account the
 * language they picked with the chooser (before signing in, or in the account menu): docs/i18n.md.
 * Used by the signed-in layout.
 */
export function useLocaleSync(viewer: Pick<Viewer, 'id' | 'locale'> | null): void {
  const [setMyLocale] = useMutation(SetMyLocaleMutation);
  const client = useApolloClient();
  const id = viewer?.id;
  const locale = viewer?.locale;

  useEffect(() => {
    if (!id || !locale || pseudoLocaleOn()) return;
    const saveChosen = () => {
      const chosen = takeChosenLocale();
      if (!chosen || chosen === locale) return false;
      void setMyLocale({
        variables: { locale: chosen },
        update: (cache) =>
          cache.modify({ id: cache.identify({ __typename: 'Viewer', id }), fields: { locale: () => chosen } }),
      })
        // What the server writes in the person's language (their to-do) is asked for again.
        .then(() => client.refetchQueries({ include: 'active' }))
        .catch(() => undefined);
      return true;
    };
    if (!saveChosen() && isAppLocale(locale)) {
      rememberLocale(locale);
      void activateLocale(locale);
    }
    window.addEventListener(LOCALE_CHOSEN_EVENT, saveChosen);
    return () => window.removeEventListener(LOCALE_CHOSEN_EVENT, saveChosen);
  }, [id, locale, setMyLocale, client]);
}
