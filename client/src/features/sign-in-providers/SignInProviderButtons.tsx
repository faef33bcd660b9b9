import { Alert, Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { OIDC_SIGN_IN_ERRORS, oidcStartPath, type OidcSignInError } from '@switchback/shared';
import { useT } from '../../lib/i18n';
import { SignInProviderOptionsQuery } from './operations';

type T = ReturnType<typeof useT<'schoolAccounts'>>;

/** The sentence for `?oidc=<code>` in the reader's language (the codes are OIDC_SIGN_IN_ERRORS'). */
function oidcMessage(t: T, code: string | null): string | null {
  if (!code || !Object.hasOwn(OIDC_SIGN_IN_ERRORS, code)) return null;
  const key = `message.${(code as OidcSignInError).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}`;
  return t(key as Parameters<T>[0]);
}

/**
 * "Sign in with Google" / "Sign in with Microsoft" (the providers this server has configured), and
 * the sentence for `?oidc=<code>` when the server sent the person back here. Full-page links: the
 * provider's pages are not part of the app.
 */
export function SignInProviderButtons({ next }: { next?: string | null }) {
  const t = useT('schoolAccounts');
  const [params] = useSearchParams();
  const message = oidcMessage(t, params.get('oidc'));
  const { data } = useQuery(SignInProviderOptionsQuery);
  const options = data?.signInProviderOptions ?? [];
  const good = params.get('oidc') === 'linked';
  return (
    <Stack gap="xs">
      {message && (
        <Alert color={good ? 'green' : 'yellow'} title={good ? t('alert.linkedTitle') : t('alert.title')} role="status">
          {message}
        </Alert>
      )}
      {options.map((o) => (
        <Button
          key={o.provider}
          component="a"
          href={oidcStartPath(o.provider, { next: next ?? undefined })}
          variant="default"
          fullWidth
          mih={44}
        >
          {t('signIn.with', { provider: o.label })}
        </Button>
      ))}
      {options.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('signIn.hint')}
        </Text>
      )}
    </Stack>
  );
}

/** On the join page: join a class set to school accounts with the code typed above. */
export function JoinWithSchoolAccount({ getCode }: { getCode: () => string }) {
  const t = useT('schoolAccounts');
  const [params] = useSearchParams();
  const message = oidcMessage(t, params.get('oidc'));
  const { data } = useQuery(SignInProviderOptionsQuery);
  const options = data?.signInProviderOptions ?? [];
  if (!options.length && !message) return null;
  return (
    <Stack gap="xs">
      {message && (
        <Alert color="yellow" title={t('alert.title')} role="status">
          {message}
        </Alert>
      )}
      {options.map((o) => (
        <Button
          key={o.provider}
          variant="default"
          fullWidth
          mih={44}
          onClick={() => {
            const code = getCode();
            window.location.assign(oidcStartPath(o.provider, { intent: 'join', code: code || undefined }));
          }}
        >
          {t('join.with', { provider: o.label })}
        </Button>
      ))}
    </Stack>
  );
}
