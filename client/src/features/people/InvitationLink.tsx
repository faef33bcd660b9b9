import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';

/**
 * What happened to an invitation's link, told truthfully: emailed when a mail server is set up,
 * otherwise to be sent by the inviter. The link is shown once (only its hash is kept), with Copy.
 */
export function InvitationLink({ email, link, emailed }: { email: string; link: string; emailed: boolean | null }) {
  return (
    <Alert color={emailed ? 'green' : 'blue'} title={emailed ? 'Invitation sent' : 'Invitation created'} role="status">
      <Stack gap="xs">
        <Text size="sm">
          {emailed
            ? `We are emailing the invitation link to ${email}. You can also copy it below and send it yourself.`
            : `No email server is set up, so copy the link below and send it to ${email} yourself.`}{' '}
          It works once, for 7 days.
        </Text>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label={`Invitation link for ${email}`}
            value={link}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
            style={{ flex: 1, minWidth: 0 }}
          />
          <CopyButton value={link}>
            {({ copied, copy }) => (
              <Button onClick={copy} variant={copied ? 'light' : 'filled'} mih={44} aria-live="polite">
                {copied ? 'Copied' : 'Copy link'}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}
