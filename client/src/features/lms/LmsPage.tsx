import { useState } from 'react';
import { Alert, Button, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import { errorMessage } from '../../lib/errors';
import { useNetwork } from '../network/context';
import { LtiPlatformFormModal, type Platform } from './LtiPlatformFormModal';
import { LtiPlatformsQuery, RemoveLtiPlatformMutation } from './operations';
import '../../components/lazy-styles';

/** One of Switchback's values to paste into the LMS, with a copy button. */
function PasteValue({ label, value }: { label: string; value: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="center" justify="space-between">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <Text size="sm" ff="monospace" className="break-anywhere">
          {value}
        </Text>
      </Stack>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button
            variant={copied ? 'filled' : 'light'}
            onClick={copy}
            miw={44}
            mih={44}
            style={{ flexShrink: 0 }}
            aria-label={copied ? `${label} copied` : `Copy ${label}`}
          >
            {copied ? 'Copied' : 'Copy'}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}

/** The network's LMS connections (LTI 1.3): coordinators connect them, adults see which exist. */
export function LmsPage() {
  const { network, role } = useNetwork();
  const coordinator = role === 'COORDINATOR';
  const { data, loading, error, refetch } = useQuery(LtiPlatformsQuery, { variables: { networkId: network.id } });
  const [remove] = useMutation(RemoveLtiPlatformMutation, { refetchQueries: ['LtiPlatforms'] });
  const [editing, setEditing] = useState<Platform | 'new' | null>(null);

  if (!data && loading) return <PageLoader label="Loading LMS connections…" />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const tool = data.ltiToolConfiguration;
  const platforms = data.ltiPlatforms;

  const disconnect = async (p: Platform) => {
    if (!window.confirm(`Disconnect ${p.name}? Links to Switchback in its courses stop opening.`)) return;
    try {
      await remove({ variables: { id: p.id }, awaitRefetchQueries: true });
      notifications.show({ color: 'green', title: 'LMS disconnected', message: p.name });
    } catch (err) {
      notifications.show({ color: 'red', title: 'Not disconnected', message: errorMessage(err) });
    }
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <PageTitle>LMS</PageTitle>
        {coordinator && <Button onClick={() => setEditing('new')}>Connect an LMS</Button>}
      </Group>
      <Text>
        Schoology, Canvas or Moodle can open Switchback from a course (LTI 1.3): people sign in with the LMS, and
        teachers link an exchange or a class from inside the course. See the step-by-step guide for your LMS in the
        documentation (docs/integrations.md).
      </Text>
      {coordinator && (
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              Paste these into your LMS
            </Title>
            <PasteValue label="Login initiation URL" value={tool.loginUrl} />
            <PasteValue label="Launch and redirect URL" value={tool.launchUrl} />
            <PasteValue label="Deep linking URL" value={tool.deepLinkingUrl} />
            <PasteValue label="Public key set (JWKS) URL" value={tool.jwksUrl} />
          </Stack>
        </Paper>
      )}
      <Title order={2} size="h4">
        Connected
      </Title>
      {platforms.length === 0 ? (
        <Alert variant="light" color="blue">
          {coordinator
            ? 'No LMS is connected yet. Register Switchback in your LMS with the values above, then connect it here.'
            : 'No LMS is connected yet. Your coordinator connects one.'}
        </Alert>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Connected LMS">
          {platforms.map((p) => (
            <Paper component="li" key={p.id} withBorder radius="md" p="md">
              <Stack gap={4}>
                <Title order={3} size="h5">
                  {p.name}
                </Title>
                <Text size="sm" className="break-anywhere">
                  Issuer {p.issuer} · client ID {p.clientId}
                </Text>
                <Text size="sm" className="break-anywhere">
                  Deployment {p.deploymentIds.join(', ')}
                </Text>
                {coordinator && (
                  <Group gap="xs" mt="xs">
                    <Button variant="default" mih={44} onClick={() => setEditing(p)} aria-label={`Edit ${p.name}`}>
                      Edit
                    </Button>
                    <Button
                      variant="subtle"
                      color="red"
                      mih={44}
                      onClick={() => void disconnect(p)}
                      aria-label={`Disconnect ${p.name}`}
                    >
                      Disconnect
                    </Button>
                  </Group>
                )}
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
      {coordinator && (
        <LtiPlatformFormModal
          networkId={network.id}
          platform={editing === 'new' ? null : editing}
          opened={editing !== null}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
