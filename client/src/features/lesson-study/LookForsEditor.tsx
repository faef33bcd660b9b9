import { useState } from 'react';
import { Button, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { OBSERVE_LIMITS } from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import type { LessonStudyFieldsFragment } from '../../gql/graphql';
import { toApiError, type ApiError } from '../../lib/errors';
import { SetLookForsMutation } from './operations';

interface Row {
  id: string | null;
  text: string;
}

/** The points observers look for: edited by the participants while planning, fixed from the lesson on. */
export function LookForsEditor({ cycle }: { cycle: LessonStudyFieldsFragment }) {
  const [rows, setRows] = useState<Row[]>(() => cycle.lookForPoints.map((l) => ({ id: l.id, text: l.text })));
  const [seen, setSeen] = useState(cycle.lookForPoints);
  const [save, saving] = useMutation(SetLookForsMutation);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  // The saved points changed (a save, a colleague's save): show them.
  if (seen !== cycle.lookForPoints) {
    setSeen(cycle.lookForPoints);
    setRows(cycle.lookForPoints.map((l) => ({ id: l.id, text: l.text })));
  }

  if (!cycle.can.editLookFors)
    return (
      <Stack component="section" aria-labelledby="look-fors-heading" gap="xs">
        <Title order={2} size="h4" id="look-fors-heading">
          What observers look for
        </Title>
        {cycle.lookForPoints.length ? (
          <List>
            {cycle.lookForPoints.map((l) => (
              <List.Item key={l.id} className="break-word">
                {l.text}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text>The team has not named the look-for points yet.</Text>
        )}
      </Stack>
    );

  const submit = async () => {
    setError(null);
    setSaved(false);
    try {
      const lookFors = rows.filter((r) => r.text.trim()).map((r) => ({ id: r.id, text: r.text.trim() }));
      await save({ variables: { input: { lessonStudyId: cycle.id, lookFors } } });
      setSaved(true);
    } catch (e) {
      setError(toApiError(e));
    }
  };

  return (
    <Stack component="section" aria-labelledby="look-fors-heading" gap="xs">
      <Title order={2} size="h4" id="look-fors-heading">
        What observers look for
      </Title>
      <Text size="sm" c="dimmed">
        Observers tag each note with one of these. They are fixed once the lesson is taught.
      </Text>
      <FormAlert error={error} />
      {rows.map((row, i) => (
        <Group key={row.id ?? `new-${i}`} gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            style={{ flex: 1 }}
            label={`Look-for point ${i + 1}`}
            maxLength={OBSERVE_LIMITS.lookForMax}
            value={row.text}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setRows(rows.map((r, j) => (j === i ? { ...r, text } : r)));
            }}
          />
          <Button
            variant="default"
            onClick={() => setRows(rows.filter((_, j) => j !== i))}
            aria-label={`Remove look-for point ${i + 1}`}
          >
            Remove
          </Button>
        </Group>
      ))}
      <Group gap="sm">
        {rows.length < OBSERVE_LIMITS.lookForsMax && (
          <Button variant="default" onClick={() => setRows([...rows, { id: null, text: '' }])}>
            Add a point
          </Button>
        )}
        <Button onClick={() => void submit()} loading={saving.loading}>
          Save look-for points
        </Button>
        {saved && (
          <Text size="sm" role="status">
            Saved.
          </Text>
        )}
      </Group>
    </Stack>
  );
}
