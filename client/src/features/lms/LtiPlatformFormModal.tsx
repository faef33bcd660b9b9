import { useState } from 'react';
import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { FormAlert } from '../../components/FormAlert';
import type { LtiPlatformsQuery as LtiPlatformsData } from '../../gql/graphql';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { RegisterLtiPlatformMutation, UpdateLtiPlatformMutation } from './operations';

export type Platform = LtiPlatformsData['ltiPlatforms'][number];

interface Props {
  networkId: string;
  /** The platform to edit; none to connect a new one. */
  platform: Platform | null;
  opened: boolean;
  onClose: () => void;
}

/** Connect or change an LMS. Rendered only while open, so each opening starts fresh. */
export function LtiPlatformFormModal({ networkId, platform, opened, onClose }: Props) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={platform ? `Edit ${platform.name}` : 'Connect an LMS'}
      fullScreen={fullScreen}
      size="lg"
    >
      {opened && <PlatformForm networkId={networkId} platform={platform} onDone={onClose} />}
    </Modal>
  );
}

const url = (label: string) => (v: string) =>
  /^https?:\/\/\S+$/.test(v.trim()) ? null : `Paste the ${label} from the LMS (it starts with https://).`;

function PlatformForm({
  networkId,
  platform,
  onDone,
}: {
  networkId: string;
  platform: Platform | null;
  onDone: () => void;
}) {
  const [register] = useMutation(RegisterLtiPlatformMutation, { refetchQueries: ['LtiPlatforms'] });
  const [update] = useMutation(UpdateLtiPlatformMutation);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    name: 'lti-platform',
    mode: 'uncontrolled',
    initialValues: {
      name: platform?.name ?? '',
      issuer: platform?.issuer ?? '',
      clientId: platform?.clientId ?? '',
      deploymentIds: platform?.deploymentIds.join('\n') ?? '',
      authLoginUrl: platform?.authLoginUrl ?? '',
      authTokenUrl: platform?.authTokenUrl ?? '',
      jwksUrl: platform?.jwksUrl ?? '',
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Name the LMS, e.g. “District Canvas”.'),
      issuer: (v) => (v.trim() ? null : 'Paste the issuer from the LMS.'),
      clientId: (v) => (v.trim() ? null : 'Paste the client ID the LMS gave Switchback.'),
      deploymentIds: (v) => (v.trim() ? null : 'Paste the deployment ID the LMS shows for Switchback.'),
      authLoginUrl: url('authentication request URL'),
      authTokenUrl: url('access token URL'),
      jwksUrl: url('public key set URL'),
    },
  });

  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    const input = {
      name: values.name.trim(),
      issuer: values.issuer.trim(),
      clientId: values.clientId.trim(),
      deploymentIds: values.deploymentIds
        .split(/[\s,]+/)
        .map((d) => d.trim())
        .filter(Boolean),
      authLoginUrl: values.authLoginUrl.trim(),
      authTokenUrl: values.authTokenUrl.trim(),
      jwksUrl: values.jwksUrl.trim(),
    };
    if (platform) {
      await update({ variables: { input: { id: platform.id, ...input } } });
      notifications.show({ color: 'green', title: 'LMS saved', message: input.name });
    } else {
      await register({ variables: { input: { networkId, ...input } }, awaitRefetchQueries: true });
      notifications.show({ color: 'green', title: 'LMS connected', message: input.name });
    }
    onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert error={apiError} />
        <TextInput
          label="Name"
          description="How people here call it."
          maxLength={120}
          required
          data-autofocus
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <TextInput
          label="Issuer"
          description="e.g. https://canvas.instructure.com"
          required
          key={form.key('issuer')}
          {...form.getInputProps('issuer')}
        />
        <TextInput label="Client ID" required key={form.key('clientId')} {...form.getInputProps('clientId')} />
        <Textarea
          label="Deployment IDs"
          description="One per line."
          autosize
          minRows={1}
          required
          key={form.key('deploymentIds')}
          {...form.getInputProps('deploymentIds')}
        />
        <TextInput
          label="Authentication request URL"
          required
          key={form.key('authLoginUrl')}
          {...form.getInputProps('authLoginUrl')}
        />
        <TextInput
          label="Access token URL"
          required
          key={form.key('authTokenUrl')}
          {...form.getInputProps('authTokenUrl')}
        />
        <TextInput label="Public key set URL" required key={form.key('jwksUrl')} {...form.getInputProps('jwksUrl')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {platform ? 'Save' : 'Connect'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
