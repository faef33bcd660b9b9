import { Button, CopyButton, Group, Paper, Stack, Text } from '@mantine/core';
import { formatJoinCode } from '@switchback/shared';

/** A class's join code, large and easy to read aloud, with copy buttons and instructions. */
export function JoinCode({ code, className }: { code: string; className?: string }) {
  const formatted = formatJoinCode(code);
  const joinUrl = `${window.location.origin}/join`;
  return (
    <Paper withBorder p="md" radius="md" bg="var(--mantine-color-gray-0)">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {className ? `Join code for ${className}` : 'Join code'}
        </Text>
        <Text
          component="p"
          m={0}
          ff="monospace"
          fw={700}
          lh={1.1}
          fz={{ base: 36, sm: 48 }}
          style={{ letterSpacing: '0.08em', wordBreak: 'keep-all' }}
          data-testid="join-code"
        >
          {formatted}
        </Text>
        <Text size="sm">
          Students go to{' '}
          <Text span fw={600} className="break-anywhere">
            {joinUrl}
          </Text>{' '}
          and enter this code.
        </Text>
        <Group gap="xs">
          <CopyButton value={formatted}>
            {({ copied, copy }) => (
              <Button size="xs" variant={copied ? 'filled' : 'light'} onClick={copy}>
                {copied ? 'Code copied' : 'Copy code'}
              </Button>
            )}
          </CopyButton>
          <CopyButton value={`${joinUrl}/${code}`}>
            {({ copied, copy }) => (
              <Button size="xs" variant={copied ? 'filled' : 'default'} onClick={copy}>
                {copied ? 'Link copied' : 'Copy join link'}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Paper>
  );
}
