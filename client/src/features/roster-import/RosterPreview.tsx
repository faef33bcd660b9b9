import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { RosterPreviewFieldsFragment, RosterSectionFieldsFragment } from '../../gql/graphql';

const SECTIONS = [
  ['schools', 'Schools'],
  ['teachers', 'Teachers'],
  ['students', 'Students'],
  ['classes', 'Classes'],
  ['enrollments', 'Enrollments'],
] as const;

const ACTION_LABEL: Record<string, string> = {
  ADD: 'Add',
  UPDATE: 'Update',
  MATCH: 'Match',
  REMOVE: 'Remove',
};
// Filled dark shades: white text on them meets WCAG AA contrast (Mantine's green.9 does not: 4.2:1).
const ACTION_COLOR: Record<string, string> = { ADD: '#1f6b2e', UPDATE: 'blue.9', MATCH: 'gray.7', REMOVE: 'red.9' };
const SHOWN = 50;

function counts(s: RosterSectionFieldsFragment): string {
  const parts = [
    s.add && `${s.add} to add`,
    s.update && `${s.update} to update`,
    s.match && `${s.match} already in Switchback`,
    s.remove && `${s.remove} to remove`,
    s.unchanged && `${s.unchanged} unchanged`,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'Nothing';
}

/** One kind of record: its counts and each change (removals first). */
function Section({ title, section, past }: { title: string; section: RosterSectionFieldsFragment; past: boolean }) {
  const changes = section.changes.slice(0, SHOWN);
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Text size="sm">{past ? counts(section).replaceAll('to ', '') : counts(section)}</Text>
        {changes.length > 0 && (
          <List spacing={4} listStyleType="none" p={0} aria-label={`${title}: changes`}>
            {changes.map((c) => (
              <List.Item key={`${c.action}-${c.sourcedId}`}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge variant="filled" color={ACTION_COLOR[c.action]} style={{ flexShrink: 0 }}>
                    {ACTION_LABEL[c.action]}
                  </Badge>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {c.name}
                    {c.detail ? <Text span c="dimmed" size="sm">{` — ${c.detail}`}</Text> : null}
                  </Text>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {section.changes.length > SHOWN && (
          <Text size="sm" c="dimmed">
            and {section.changes.length - SHOWN} more
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** The rows refused, each with its file, row and column. */
export function RefusedRows({ errors }: { errors: RosterPreviewFieldsFragment['errors'] }) {
  if (!errors.length) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="refused-rows" bg="red.0">
      <Stack gap="xs">
        <Title order={3} size="h4" id="refused-rows">
          {errors.length === 1 ? '1 row refused' : `${errors.length} rows refused`}
        </Title>
        <Text size="sm">
          These rows are left out; the rest can still be imported. Fix them in your SIS and import again.
        </Text>
        <List spacing="xs" aria-label="Refused rows">
          {errors.map((e, i) => (
            <List.Item key={i}>
              <Text size="sm" fw={600}>
                {e.file}
                {e.row > 0 ? `, row ${e.row}` : ''}
                {e.column ? `, column ${e.column}` : ''}
              </Text>
              <Text size="sm">{e.message}</Text>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
}

export function RosterPreview({ preview, past = false }: { preview: RosterPreviewFieldsFragment; past?: boolean }) {
  return (
    <Stack gap="md">
      {SECTIONS.map(([key, title]) => (
        <Section key={key} title={title} section={preview[key]} past={past} />
      ))}
      {preview.skipped > 0 && (
        <Text size="sm" c="dimmed">
          {preview.skipped === 1 ? '1 row' : `${preview.skipped} rows`} not for Switchback (districts, parents and
          guardians, aides, records marked to be deleted) were skipped.
        </Text>
      )}
    </Stack>
  );
}
