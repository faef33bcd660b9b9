import { useState } from 'react';
import { Button, List, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { ConfirmModal } from '../../components/ConfirmModal';
import { PageLoader, QueryError } from '../../components/QueryState';
import { toApiError, type ApiError } from '../../lib/errors';
import { plural } from '../../lib/format';
import { useNetwork } from '../network/context';
import { DeleteStudentDataMutation, StudentDataSummaryQuery } from './operations';

interface Student {
  studentId: string;
  displayName: string;
}

/** Where a student's data export downloads from (a zip, with the session cookie). */
export function studentExportHref(networkId: string, studentId: string): string {
  return `/api/networks/${networkId}/students/${studentId}/export.zip`;
}

/**
 * "Export data" and "Delete data" for one student, for their principal or a network coordinator
 * (a district's request). Deleting asks first, saying exactly what goes and what stays anonymous.
 */
export function StudentDataActions({ student, onDeleted }: { student: Student; onDeleted?: () => void }) {
  const { network, role } = useNetwork();
  const [deleting, setDeleting] = useState(false);
  if (role !== 'ADMINISTRATOR' && role !== 'COORDINATOR') return null;
  return (
    <>
      <Button
        component="a"
        href={studentExportHref(network.id, student.studentId)}
        download
        size="xs"
        variant="default"
        aria-label={`Export data of ${student.displayName}`}
      >
        Export data
      </Button>
      <Button
        size="xs"
        variant="default"
        color="red"
        onClick={() => setDeleting(true)}
        aria-label={`Delete data of ${student.displayName}`}
      >
        Delete data
      </Button>
      {deleting && (
        <DeleteStudentDataModal
          student={student}
          onClose={() => setDeleting(false)}
          onDeleted={() => {
            setDeleting(false);
            onDeleted?.();
          }}
        />
      )}
    </>
  );
}

function DeleteStudentDataModal({
  student,
  onClose,
  onDeleted,
}: {
  student: Student;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { network } = useNetwork();
  const variables = { networkId: network.id, studentId: student.studentId };
  const summary = useQuery(StudentDataSummaryQuery, { variables, fetchPolicy: 'network-only' });
  const [remove, removal] = useMutation(DeleteStudentDataMutation, { refetchQueries: ['ClassRoster', 'Members'] });
  const [error, setError] = useState<ApiError | null>(null);
  const s = summary.data?.studentDataSummary;

  const confirm = async () => {
    setError(null);
    try {
      await remove({ variables, awaitRefetchQueries: true });
      notifications.show({
        color: 'green',
        title: 'Data deleted',
        message: `${student.displayName}'s data was deleted. The audit log records that you did it.`,
      });
      onDeleted();
    } catch (e) {
      setError(toApiError(e));
    }
  };

  return (
    <ConfirmModal
      opened
      title={`Delete all data of ${student.displayName}?`}
      confirmLabel="Delete data"
      danger
      loading={removal.loading}
      error={error}
      onConfirm={() => void (s && confirm())}
      onClose={onClose}
    >
      {!s ? (
        summary.loading ? (
          <PageLoader label="Loading what would be deleted" />
        ) : (
          <QueryError error={summary.error} onRetry={() => void summary.refetch()} />
        )
      ) : (
        <>
          <Text size="sm" mb="xs">
            This cannot be undone. Export the data first if the district asked for a copy.
          </Text>
          <Text size="sm" fw={600}>
            Deleted from {network.name}:
          </Text>
          <List size="sm" mb="xs">
            {s.accountDeleted ? (
              <List.Item>
                Their account: name, username <strong>{s.username}</strong>, password and sign-ins
              </List.Item>
            ) : (
              <List.Item>Their place in this network (their account stays: another network still has it)</List.Item>
            )}
            <List.Item>Their place in {plural(s.classes, 'class', 'classes')}</List.Item>
            <List.Item>
              {plural(s.essays, 'essay')} they wrote, with the {plural(s.reviewsReceived, 'review')} of them
            </List.Item>
            {s.reviewsDeleted > 0 && (
              <List.Item>{plural(s.reviewsDeleted, 'review')} they had not submitted, or that a teacher hid</List.Item>
            )}
            <List.Item>
              {plural(s.flags, 'flag')} they raised and {plural(s.notifications, 'notification')}
            </List.Item>
          </List>
          <Text size="sm" fw={600}>
            Kept, anonymous:
          </Text>
          <Text size="sm">
            {s.reviewsKeptAnonymous > 0
              ? `${plural(s.reviewsKeptAnonymous, 'review')} they wrote for other students stay readable to those students, with no name and no link to this student.`
              : 'Nothing: they wrote no review that another student reads.'}{' '}
            The audit log records the deletion with the student's id, never their name.
          </Text>
        </>
      )}
    </ConfirmModal>
  );
}
