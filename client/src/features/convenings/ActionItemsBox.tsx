import { useState } from 'react';
import { Alert, Anchor, Autocomplete, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { CONVENING_LIMITS } from '@switchback/shared';
import { toApiError, type ApiError } from '../../lib/errors';
import { useNetwork } from '../network/context';
import { PromoteActionItemMutation } from './operations';

interface DoneItem {
  id: string;
  text: string;
  target: string;
  createdBy: { displayName: string };
}

/**
 * Turns an action item of the notes into a goal or a post of the session's group, so the work
 * continues between convenings; shows the ones already turned.
 */
export function ActionItemsBox({
  sessionId,
  group,
  lines,
  done,
  canPromote,
}: {
  sessionId: string;
  group: { id: string; name: string } | null;
  lines: string[];
  done: DoneItem[];
  canPromote: boolean;
}) {
  const { network } = useNetwork();
  const [text, setText] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [promote, { loading }] = useMutation(PromoteActionItemMutation, { refetchQueries: ['SessionPage'] });
  const groupLink = group ? `/n/${network.slug}/groups/${group.id}` : '';
  const doneTexts = new Set(done.map((d) => d.text));
  const suggestions = [...new Set(lines)].filter((l) => !doneTexts.has(l)).slice(0, 50);

  const run = async (target: 'GOAL' | 'POST') => {
    setError(null);
    try {
      await promote({ variables: { sessionId, text, target } });
      notifications.show({
        color: 'green',
        message: target === 'GOAL' ? `It is now a goal of ${group?.name}.` : `Posted in ${group?.name}.`,
      });
      setText('');
    } catch (e) {
      setError(toApiError(e));
    }
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="action-items-heading">
      <Title order={2} size="h3" id="action-items-heading">
        Action items
      </Title>
      {!group ? (
        <Text size="sm" c="dimmed">
          This session has no group: action items become goals or posts of a job-alike group.
        </Text>
      ) : (
        <>
          {canPromote && (
            <>
              <Autocomplete
                label="Action item"
                description={`Pick a line of the notes or type one; it becomes a goal or a post of ${group.name}.`}
                data={suggestions}
                value={text}
                onChange={setText}
                maxLength={CONVENING_LIMITS.actionItemMax}
                error={error?.fieldErrors.text}
              />
              {error && !error.fieldErrors.text && (
                <Alert color="red" variant="light" role="alert">
                  {error.message}
                </Alert>
              )}
              <Group gap="sm">
                <Button onClick={() => void run('GOAL')} loading={loading} disabled={!text.trim()}>
                  Make it a group goal
                </Button>
                <Button variant="light" onClick={() => void run('POST')} loading={loading} disabled={!text.trim()}>
                  Post it to the group
                </Button>
              </Group>
            </>
          )}
          {done.length > 0 ? (
            <List spacing={4} aria-label="Action items turned into goals and posts">
              {done.map((d) => (
                <List.Item key={d.id}>
                  {d.text}{' '}
                  <Anchor component={Link} to={groupLink} size="sm">
                    → {d.target === 'GOAL' ? 'goal' : 'post'}
                  </Anchor>{' '}
                  <Text span size="xs" c="dimmed">
                    by {d.createdBy.displayName}
                  </Text>
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              No action items turned into goals or posts yet.
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
