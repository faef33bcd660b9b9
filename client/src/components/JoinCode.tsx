import { Button, CopyButton, Group, Paper, Stack, Text } from '@mantine/core';
import { formatJoinCode } from '@switchback/shared';
import { Tx, useT } from '../lib/i18n';

/** A class's join code, large and easy to read aloud, with copy buttons and instructions. */
export function JoinCode({ code, className }: { code: string; className?: string }) {
  const formatted = formatJoinCode(code);
  const joinUrl = `${window.location.origin}/join`;
  const t = useT('common');
  return (
    <Paper withBorder p="md" radius="md" bg="var(--mantine-color-gray-0)">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {className ? t('joinCode.titleFor', { className }) : t('joinCode.title')}
        </Text>
        <Text
          component="p"
          m={0}
          ff="monospace"
          fw={700}
          lh={1.1}
          fz={{ base: 36, sm: 48 }}
          style={{ letterSpacing: '0.08em', wordBreak: 'keep-all' }}
          translate="no"
          data-testid="join-code"
        >
          {formatted}
        </Text>
        <Text size="sm">
          <Tx
            ns="common"
            k="joinCode.instructions"
            values={{ url: joinUrl }}
            components={{ 0: <Text span fw={600} className="break-anywhere" translate="no" /> }}
          />
        </Text>
        <Group gap="xs">
          <CopyButton value={formatted}>
            {({ copied, copy }) => (
              <Button size="xs" variant={copied ? 'filled' : 'light'} onClick={copy}>
                {copied ? t('joinCode.codeCopied') : t('joinCode.copyCode')}
              </Button>
            )}
          </CopyButton>
          <CopyButton value={`${joinUrl}/${code}`}>
            {({ copied, copy }) => (
              <Button size="xs" variant={copied ? 'filled' : 'default'} onClick={copy}>
                {copied ? t('joinCode.linkCopied') : t('joinCode.copyLink')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Paper>
  );
}
