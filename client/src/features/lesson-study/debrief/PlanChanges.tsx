import { Box, Stack, Text, Title } from '@mantine/core';

interface Section {
  id: string;
  title: string;
  changed: boolean;
  changes: { kind: string; text: string }[];
}

/** A plan compared between two versions, section by section: added words underlined, removed ones struck through. */
export function PlanChanges({ sections, from, to }: { sections: Section[]; from: number; to: number }) {
  return (
    <Stack gap="sm" aria-label={`Plan version ${from} compared with version ${to}`}>
      {sections.map((s) => (
        <Box key={s.id}>
          <Title order={4} size="h5">
            {s.title} {s.changed ? '(changed)' : ''}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
            {s.changes.length === 0 && <em>Empty in both versions.</em>}
            {s.changes.map((c, i) =>
              c.kind === 'ADDED' ? (
                <ins key={i} style={{ background: 'var(--mantine-color-green-1)' }}>
                  {c.text}
                </ins>
              ) : c.kind === 'REMOVED' ? (
                <del key={i} style={{ background: 'var(--mantine-color-red-1)' }}>
                  {c.text}
                </del>
              ) : (
                <span key={i}>{c.text}</span>
              ),
            )}
          </Text>
        </Box>
      ))}
    </Stack>
  );
}
