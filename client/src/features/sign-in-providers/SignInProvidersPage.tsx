import { useState } from 'react';
import { Alert, Anchor, Button, Code, Group, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import { errorMessage } from '../../lib/errors';
import { useNetwork } from '../network/context';
import { SetSchoolEmailDomainsMutation, SetSignInProviderMutation, SignInProvidersQuery } from './operations';

/**
 * For coordinators: which providers the network signs in with, and each school's email domains (a
 * verified school email with one of them belongs to that school). Secrets are the server's configuration.
 */
export function SignInProvidersPage() {
  const { network } = useNetwork();
  const { data, loading, error, refetch } = useQuery(SignInProvidersQuery, { variables: { networkId: network.id } });
  const [setProvider] = useMutation(SetSignInProviderMutation);
  const settings = data?.signInProviders;
  if (!settings && loading) return <PageLoader label="Loading sign-in settings…" />;
  if (!settings) return <QueryError error={error} onRetry={() => void refetch()} />;

  const toggle = async (provider: (typeof settings.providers)[number], enabled: boolean) => {
    try {
      await setProvider({ variables: { input: { networkId: network.id, provider: provider.provider, enabled } } });
      // The settings have no id of their own for the cache: read them again.
      await refetch();
      notifications.show({
        color: 'green',
        message: enabled ? `People can sign in with ${provider.label}.` : `${provider.label} sign-in is off.`,
      });
    } catch (err) {
      notifications.show({ color: 'red', title: 'Not changed', message: errorMessage(err) });
    }
  };

  return (
    <Stack gap="lg">
      <PageTitle>Sign-in providers</PageTitle>
      <Text size="sm" c="dimmed">
        Let adults with a verified school email, and students of classes set to school accounts, sign in with Google or
        Microsoft instead of a password. Someone who already has an account links it once by signing in with their
        password (or from an emailed link).
      </Text>
      <Stack gap="sm">
        <Title order={2} size="h3">
          Providers
        </Title>
        {settings.providers.map((p) => (
          <Paper key={p.provider} withBorder p="md">
            <Stack gap="xs">
              <Switch
                label={`Sign in with ${p.label}`}
                checked={p.enabled}
                disabled={!p.configured && !p.enabled}
                onChange={(e) => void toggle(p, e.currentTarget.checked)}
                size="md"
              />
              {!p.configured && (
                <Alert color="gray" title={`${p.label} is not configured on this server`}>
                  The server&apos;s administrator sets {p.envVariables} (see the {p.label} section of
                  docs/integrations.md), with this redirect URI registered at {p.label}: <Code>{p.redirectUri}</Code>
                </Alert>
              )}
              {p.configured && (
                <Text size="sm">
                  Redirect URI registered at {p.label}: <Code>{p.redirectUri}</Code>
                </Text>
              )}
            </Stack>
          </Paper>
        ))}
      </Stack>
      <Stack gap="sm">
        <Title order={2} size="h3">
          Schools&apos; email domains
        </Title>
        <Text size="sm" c="dimmed">
          The part after the @ of the school&apos;s email addresses, such as <Code>school.k12.ak.us</Code>. Separate
          several with commas. A domain belongs to one school.
        </Text>
        {settings.schools.length === 0 && (
          <Text size="sm">
            No schools yet. <Anchor href={`/n/${network.slug}/schools`}>Add schools</Anchor> first.
          </Text>
        )}
        {settings.schools.map((s) => (
          <SchoolDomains key={s.schoolId} networkId={network.id} school={s} />
        ))}
      </Stack>
    </Stack>
  );
}

function SchoolDomains({
  networkId,
  school,
}: {
  networkId: string;
  school: { schoolId: string; schoolName: string; domains: string[] };
}) {
  const [value, setValue] = useState(school.domains.join(', '));
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetSchoolEmailDomainsMutation);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setFieldError(null);
    const domains = value
      .split(/[\s,;]+/)
      .map((d) => d.trim())
      .filter(Boolean);
    try {
      await save({ variables: { input: { networkId, schoolId: school.schoolId, domains } } });
      notifications.show({ color: 'green', message: `Saved the email domains of ${school.schoolName}.` });
    } catch (err) {
      setFieldError(errorMessage(err));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={`${school.schoolName}: email domains`}
          placeholder="school.org"
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          error={fieldError}
          autoCapitalize="none"
          spellCheck={false}
          style={{ flex: '1 1 240px' }}
          maxLength={1000}
        />
        <Button type="submit" loading={loading} mih={44} variant="default">
          Save
        </Button>
      </Group>
    </form>
  );
}
