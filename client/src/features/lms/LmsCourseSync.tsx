import { useState } from 'react';
import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { FormAlert } from '../../components/FormAlert';
import type { LmsRosterSyncFieldsFragment } from '../../gql/graphql';
import { toApiError, type ApiError } from '../../lib/errors';
import { formatWhen } from '../../lib/format';
import { useViewerTimeZone } from '../network/context';
import { LmsClassLinkQuery, SyncLmsRosterMutation } from './sync-operations';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * On a class page: the LMS course the class is linked to and "Sync roster from the LMS" (Names and
 * Role Provisioning), with what the last sync did. Nothing shows for a class with no LMS course.
 */
export function LmsCourseSync({ classId }: { classId: string }) {
  const { data } = useQuery(LmsClassLinkQuery, { variables: { classId }, fetchPolicy: 'cache-and-network' });
  const [sync, syncing] = useMutation(SyncLmsRosterMutation, {
    refetchQueries: ['ClassRoster', 'LmsClassLink'],
    awaitRefetchQueries: true,
  });
  const [error, setError] = useState<ApiError | null>(null);
  const link = data?.lmsClassLink;
  if (!link || (link.courses.length === 0 && !link.lastSync)) return null;
  const withRoster = link.courses.filter((c) => c.hasRoster);

  const run = async () => {
    setError(null);
    try {
      const result = await sync({ variables: { classId } });
      const s = result.data?.syncLmsRoster;
      if (s) {
        notifications.show({
          color: 'green',
          title: 'Roster synced from the LMS',
          message: `${plural(s.added.length, 'student')} added, ${s.alreadyThere.length} already here, ${s.gone.length} no longer in the course.`,
        });
      }
    } catch (e) {
      setError(toApiError(e));
    }
  };

  return (
    <Stack component="section" aria-labelledby="lms-roster-heading" gap="sm">
      <Title order={2} size="h3" id="lms-roster-heading">
        LMS course
      </Title>
      {link.courses.map((c) => (
        <Text key={`${c.platformName}/${c.title}`}>
          Linked to <strong>{c.title}</strong> in {c.platformName}.
        </Text>
      ))}
      {withRoster.length === 0 && link.courses.length > 0 && (
        <Alert color="yellow" variant="light" title="The roster is not shared">
          The LMS does not share this course’s roster with Switchback. Ask your coordinator to turn on Names and Role
          Provisioning for Switchback, then open Switchback from the course once more.
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        Students of the course join this class with their LMS account (no password to hand out). Teachers of the course
        are only counted. Anyone who left the course stays here until you remove them.
      </Text>
      <Group>
        <Button onClick={() => void run()} loading={syncing.loading} disabled={withRoster.length === 0}>
          Sync roster from the LMS
        </Button>
      </Group>
      <FormAlert error={error} title="The roster was not synced" />
      {link.lastSync && <SyncSummary sync={link.lastSync} />}
    </Stack>
  );
}

function SyncSummary({ sync }: { sync: LmsRosterSyncFieldsFragment }) {
  const timeZone = useViewerTimeZone();
  return (
    <Stack gap="xs" role="status" aria-live="polite">
      <Text fw={600}>
        Last sync {formatWhen(sync.syncedAt, timeZone)}: {plural(sync.added.length, 'student')} added,{' '}
        {sync.alreadyThere.length} already here, {sync.gone.length} no longer in the course,{' '}
        {plural(sync.instructors, 'teacher')} of the course (not changed)
        {sync.notFromLms > 0 ? `, ${plural(sync.notFromLms, 'student')} who joined with the class code` : ''}.
      </Text>
      <PeopleList title="Added" people={sync.added} />
      <PeopleList
        title="No longer in the LMS course (still in this class: remove them from the roster if they left)"
        people={sync.gone}
      />
      <PeopleList title="Not added" people={sync.skipped} withReason />
    </Stack>
  );
}

function PeopleList({
  title,
  people,
  withReason = false,
}: {
  title: string;
  people: readonly { studentId: string | null; name: string; reason?: string | null }[];
  withReason?: boolean;
}) {
  if (people.length === 0) return null;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <List size="sm">
        {people.map((p, i) => (
          <List.Item key={`${p.studentId ?? 'x'}-${i}`}>
            {p.name}
            {withReason && p.reason ? `: ${p.reason}` : ''}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
