import type { ReactNode } from 'react';
import { Box, Container, Group, Paper } from '@mantine/core';
import { Outlet } from 'react-router';
import { Brand } from '../components/Brand';
import { LanguageChooser } from '../components/LanguageChooser';

/** Pages for people who are not (yet) signed in: a centred card. */
export function PublicLayout({ children }: { children?: ReactNode }) {
  return (
    <Box mih="100dvh" bg="var(--mantine-color-gray-0)" py={{ base: 'md', sm: 48 }}>
      <Container size={480} px="sm">
        <Group component="header" justify="center" mb="lg">
          <Brand />
        </Group>
        <Group justify="center" mb="sm">
          <LanguageChooser />
        </Group>
        <Paper component="main" id="main" withBorder shadow="sm" radius="lg" p={{ base: 'md', sm: 'xl' }}>
          {children ?? <Outlet />}
        </Paper>
      </Container>
    </Box>
  );
}
