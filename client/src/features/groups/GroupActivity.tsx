import { Stack, Text, Title } from '@mantine/core';
import { formatWhen } from '../../lib/format';
import type { StreamGroup } from './GroupPage';
import { useViewerTimeZone } from '../network/context';

/** The group's feed: "<actor> <summary> · <time>", newest first. */
export function GroupActivity({ activity }: { activity: StreamGroup['activity'] }) {
  const timeZone = useViewerTimeZone();
  return (
    <Stack component="section" aria-labelledby="activity-heading" gap="sm">
      <Title order={2} size="h3" id="activity-heading">
        Activity
      </Title>
      {activity.length === 0 ? (
        <Text>Nothing has happened in this group yet.</Text>
      ) : (
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {activity.map((a) => (
            <Text component="li" key={a.id} size="sm" className="break-word">
              <strong>{a.actor?.displayName ?? 'Someone'}</strong> {a.summary}{' '}
              <Text span c="dimmed" size="sm">
                · <time dateTime={a.createdAt}>{formatWhen(a.createdAt, timeZone)}</time>
              </Text>
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
