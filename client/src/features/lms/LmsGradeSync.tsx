import { useState } from 'react';
import { Alert, Button, Checkbox, Group, List, Stack, Table, Text } from '@mantine/core';
import '@mantine/core/styles/Checkbox.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { FormAlert } from '../../components/FormAlert';
import { ScrollTable } from '../../components/ScrollTable';
import type { LmsGradeSendFieldsFragment } from '../../gql/graphql';
import { toApiError, type ApiError } from '../../lib/errors';
import { formatWhen } from '../../lib/format';
import { useViewerTimeZone } from '../network/context';
import { LmsExchangeLinkQuery, SendGradesToLmsMutation } from './sync-operations';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * In an exchange's results: "Send grades to the LMS" (Assignment and Grade Services) for an exchange
 * placed in an LMS course, with the choice of what to send and what the caller's last send did.
 * Nothing shows for an exchange that is in no LMS course.
 */
export function LmsGradeSync({ exchangeId }: { exchangeId: string }) {
  const { data } = useQuery(LmsExchangeLinkQuery, { variables: { exchangeId }, fetchPolicy: 'cache-and-network' });
  const [send, sending] = useMutation(SendGradesToLmsMutation, {
    refetchQueries: ['LmsExchangeLink'],
    awaitRefetchQueries: true,
  });
  const link = data?.lmsExchangeLink;
  // The exchange's saved setting until the teacher changes it here.
  const [picked, setChoice] = useState<{ sendScore: boolean; sendCompletion: boolean } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const choice = picked ?? (link ? { sendScore: link.sendScore, sendCompletion: link.sendCompletion } : null);
  if (!link || link.courses.length === 0 || !choice) return null;
  const graded = link.courses.some((c) => c.hasGrades);

  const run = async () => {
    setError(null);
    try {
      const result = await send({ variables: { exchangeId, input: choice } });
      const s = result.data?.sendGradesToLms;
      if (s) {
        notifications.show({
          color: s.failed.length ? 'yellow' : 'green',
          title: 'Grades sent to the LMS',
          message: `${plural(s.sent.length, 'student')} sent, ${s.skipped.length} skipped, ${s.failed.length} refused by the LMS.`,
        });
      }
    } catch (e) {
      setError(toApiError(e));
    }
  };

  return (
    <Stack component="section" aria-labelledby="lms-grades-heading" gap="sm">
      <Text id="lms-grades-heading" component="h2" fw={600} size="lg" m={0}>
        Grades in the LMS
      </Text>
      <Text size="sm">
        This exchange is in {link.courses.map((c) => `${c.title} (${c.platformName})`).join(', ')}. Your own students
        who use Switchback from the LMS get their grades in its gradebook; send again whenever more reviews arrive (the
        LMS keeps the latest).
      </Text>
      {!graded && (
        <Alert color="yellow" variant="light" title="The gradebook is not shared">
          The LMS does not let Switchback send grades for this link. Ask your coordinator to turn on Assignment and
          Grade Services for Switchback.
        </Alert>
      )}
      <Stack gap="xs" role="group" aria-label="What to send">
        <Checkbox
          label="Essay score"
          description="The average of the reviews each student’s essay received, out of the rubric’s maximum."
          checked={choice.sendScore}
          onChange={(e) => setChoice({ ...choice, sendScore: e.currentTarget.checked })}
        />
        <Checkbox
          label="Review completion"
          description="Reviews each student wrote, out of the reviews they were given."
          checked={choice.sendCompletion}
          onChange={(e) => setChoice({ ...choice, sendCompletion: e.currentTarget.checked })}
        />
      </Stack>
      <Group>
        <Button
          onClick={() => void run()}
          loading={sending.loading}
          disabled={!graded || (!choice.sendScore && !choice.sendCompletion)}
        >
          Send grades to the LMS
        </Button>
      </Group>
      <FormAlert error={error} title="The grades were not sent" />
      {link.lastSend && <SendSummary send={link.lastSend} />}
    </Stack>
  );
}

function SendSummary({ send }: { send: LmsGradeSendFieldsFragment }) {
  const timeZone = useViewerTimeZone();
  const rows = [
    ...send.failed.map((e) => ({ ...e, outcome: 'Refused by the LMS' })),
    ...send.skipped.map((e) => ({ ...e, outcome: 'Not sent' })),
  ];
  return (
    <Stack gap="xs" role="status" aria-live="polite">
      <Text fw={600}>
        Last sent {formatWhen(send.sentAt, timeZone)}: {plural(send.sent.length, 'student')} sent, {send.skipped.length}{' '}
        not sent, {send.failed.length} refused by the LMS.
      </Text>
      {send.sent.length > 0 && (
        <ScrollTable label="Grades sent" minWidth={420}>
          <Table verticalSpacing="xs" aria-label="Grades sent">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Student</Table.Th>
                {send.sendScore && <Table.Th scope="col">Essay score</Table.Th>}
                {send.sendCompletion && <Table.Th scope="col">Reviews written</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {send.sent.map((e) => (
                <Table.Tr key={e.studentId}>
                  <Table.Th scope="row">{e.name}</Table.Th>
                  {send.sendScore && (
                    <Table.Td>{e.score === null ? (e.reason ?? '—') : `${e.score} of ${e.scoreMaximum}`}</Table.Td>
                  )}
                  {send.sendCompletion && (
                    <Table.Td>
                      {e.reviewsWritten === null ? (e.reason ?? '—') : `${e.reviewsWritten} of ${e.reviewsAssigned}`}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {rows.length > 0 && (
        <List size="sm">
          {rows.map((e) => (
            <List.Item key={`${e.outcome}-${e.studentId}`}>
              {e.name} ({e.outcome.toLowerCase()}): {e.reason}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
