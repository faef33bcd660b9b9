import { useCallback, type ReactElement, type ReactNode } from 'react';
import { Trans, useLingui } from '@lingui/react';
import type { MessageKey, Namespace } from './namespaces';
import { i18n } from './i18n';

/** Values for a message's arguments ("{name}", "{count, plural, …}", "{when, date, short}"). */
export type MessageValues = Record<string, string | number | Date | null | undefined>;

/**
 * `const t = useT('auth'); t('signIn.title')` → "Sign in" / "Iniciar sesión". The component renders
 * again when the language changes.
 */
export function useT<N extends Namespace>(ns: N): (key: MessageKey<N>, values?: MessageValues) => string {
  const { i18n: active } = useLingui();
  const locale = active.locale;
  return useCallback(
    (key: MessageKey<N>, values?: MessageValues) => active._(`${ns}:${key}`, values),
    // The locale is a dependency so that memoised children see a new function after a switch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [active, ns, locale],
  );
}

/** Outside components (errors, notifications built in plain code): the active language's message. */
export function t<N extends Namespace>(ns: N, key: MessageKey<N>, values?: MessageValues): string {
  return i18n._(`${ns}:${key}`, values);
}

/**
 * A message with markup: `<Tx ns="auth" k="signIn.invited" components={{ 0: <strong /> }} />` for
 * "Sign in with <0>the invited email</0>".
 */
export function Tx<N extends Namespace>(props: {
  ns: N;
  k: MessageKey<N>;
  values?: MessageValues;
  components?: Record<string, ReactElement>;
}): ReactNode {
  return <Trans id={`${props.ns}:${props.k}`} values={props.values} components={props.components} />;
}
