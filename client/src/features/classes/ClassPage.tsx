import { useState } from 'react';
import { Anchor, Button, Group, Modal, PasswordInput, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { Link, useParams } from 'react-router';
import { LIMITS } from '@switchback/shared';
import { ConfirmModal } from '../../components/ConfirmModal';
import { FormAlert } from '../../components/FormAlert';
import { JoinCode } from '../../components/JoinCode';
import { PageTitle } from '../../components/PageTitle';
import { ClassSignInSetting } from '../sign-in-providers/ClassSignInSetting';
import { PageLoader, QueryError } from '../../components/QueryState';
import type { ClassRosterQuery as RosterData } from '../../gql/graphql';
import { toApiError, type ApiError, submitWithApiErrors } from '../../lib/errors';
import { formatDate, gradeLabel } from '../../lib/format';
import { useNetwork } from '../network/context';
import { StudentDataActions } from '../privacy/StudentDataActions';
import { LmsCourseSync } from '../lms/LmsCourseSync';
import {
  ClassRosterQuery,
  RemoveStudentMutation,
  ResetStudentPasswordMutation,
  TeacherClassesQuery,
} from './operations';
import '../../components/lazy-styles';
import { ScrollTable } from '../../components/ScrollTable';

type Student = RosterData['classRoster'][number];

export function ClassPage() {
  const { classId = '' } = useParams();
  const { network } = useNetwork();
  const base = `/n/${network.slug}`;
  const classes = useQuery(TeacherClassesQuery, { variables: { networkId: network.id } });
  const cls = classes.data?.myClasses.find((c) => c.id === classId);

  if (classes.loading && !classes.data) return <PageLoader />;
  if (!classes.data) return <QueryError error={classes.error} onRetry={() => void classes.refetch()} />;
  if (!cls) {
    return (
      <Stack>
        <PageTitle>Class not found</PageTitle>
        <Text>This class does not exist, or you do not teach it.</Text>
        <Anchor component={Link} to={`${base}/classes`}>
          Back to classes
        </Anchor>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`${base}/classes`} size="sm">
        ← All classes
      </Anchor>
      <Stack gap={4}>
        <PageTitle>{cls.name}</PageTitle>
        <Text c="dimmed">
          {cls.subject} · {gradeLabel(cls.gradeLevel)}
        </Text>
      </Stack>
      <JoinCode code={cls.joinCode} className={cls.name} />
      <ClassSignInSetting classId={cls.id} />
      <Roster classId={cls.id} className={cls.name} />
      <LmsCourseSync classId={cls.id} />
    </Stack>
  );
}

function Roster({ classId, className }: { classId: string; className: string }) {
  const { data, loading, error, refetch } = useQuery(ClassRosterQuery, {
    variables: { classId },
    fetchPolicy: 'cache-and-network',
  });
  const [resetting, setResetting] = useState<Student | null>(null);
  const [removing, setRemoving] = useState<Student | null>(null);
  const [removeError, setRemoveError] = useState<ApiError | null>(null);
  const [removeStudent, removal] = useMutation(RemoveStudentMutation, { refetchQueries: ['ClassRoster'] });
  const roster = data?.classRoster;

  const confirmRemove = async () => {
    if (!removing) return;
    setRemoveError(null);
    try {
      const result = await removeStudent({
        variables: { input: { classId, studentId: removing.studentId } },
        awaitRefetchQueries: true,
      });
      notifications.show({
        color: 'green',
        title: result.data?.removeStudent.accessEnded ? 'Student removed and signed out' : 'Student removed',
        message: result.data?.removeStudent.message ?? `${removing.displayName} is no longer in ${className}.`,
        autoClose: 12000,
      });
      setRemoving(null);
    } catch (e) {
      setRemoveError(toApiError(e));
    }
  };

  return (
    <Stack component="section" aria-labelledby="roster-heading" gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3" id="roster-heading">
          Students{roster ? ` (${roster.length})` : ''}
        </Title>
        <Button variant="default" size="xs" onClick={() => void refetch()}>
          Refresh
        </Button>
      </Group>
      {!roster && loading ? (
        <PageLoader label="Loading students…" />
      ) : !roster ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : roster.length === 0 ? (
        <Text>No students yet. Share the join code above with your class.</Text>
      ) : (
        <ScrollTable label={`Students in ${className}`}>
          <Table striped verticalSpacing="sm" aria-label={`Students in ${className}`} className="responsive-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Username</Table.Th>
                <Table.Th scope="col">Joined</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">Actions</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {roster.map((s) => (
                <Table.Tr key={s.studentId}>
                  <Table.Th scope="row" fw={600}>
                    {s.displayName}
                  </Table.Th>
                  <Table.Td data-label="Username">
                    <Text span ff="monospace">
                      {s.username}
                    </Text>
                  </Table.Td>
                  <Table.Td data-label="Joined">{formatDate(s.joinedAt)}</Table.Td>
                  <Table.Td className="actions-cell">
                    <Group gap={6} wrap="wrap" justify="flex-end">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setResetting(s)}
                        aria-label={`Reset password for ${s.displayName}`}
                      >
                        Reset password
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        color="red"
                        onClick={() => {
                          setRemoveError(null);
                          setRemoving(s);
                        }}
                        aria-label={`Remove ${s.displayName}`}
                      >
                        Remove
                      </Button>
                      <StudentDataActions student={s} />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <Modal
        opened={resetting !== null}
        onClose={() => setResetting(null)}
        title={resetting ? `Reset password for ${resetting.displayName}` : 'Reset password'}
      >
        {resetting && <ResetPasswordForm classId={classId} student={resetting} onDone={() => setResetting(null)} />}
      </Modal>
      <ConfirmModal
        opened={removing !== null}
        title={removing ? `Remove ${removing.displayName}?` : 'Remove student?'}
        confirmLabel="Remove"
        danger
        loading={removal.loading}
        error={removeError}
        onConfirm={() => void confirmRemove()}
        onClose={() => setRemoving(null)}
      >
        {removing?.displayName ?? 'The student'} leaves {className}. If it is their last class here, they are signed out
        and can no longer sign in; their essays and reviews stay until your principal deletes their data.
      </ConfirmModal>
    </Stack>
  );
}

function ResetPasswordForm({ classId, student, onDone }: { classId: string; student: Student; onDone: () => void }) {
  const [resetPassword] = useMutation(ResetStudentPasswordMutation);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    name: 'reset-student-password',
    mode: 'uncontrolled',
    initialValues: { password: '' },
    validate: {
      password: (v) =>
        v.length < LIMITS.passwordMin
          ? `Choose a password of at least ${LIMITS.passwordMin} characters.`
          : v.length > LIMITS.passwordMax
            ? `Password must be at most ${LIMITS.passwordMax} characters.`
            : null,
    },
  });

  const submit = submitWithApiErrors(form, setApiError, async ({ password }) => {
    await resetPassword({ variables: { input: { classId, studentId: student.studentId, password } } });
    notifications.show({
      color: 'green',
      title: 'Password changed',
      message: `Tell ${student.displayName} their new password. They sign in with the username ${student.username}.`,
      autoClose: 10000,
    });
    onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          {student.displayName} signs in with the username <strong>{student.username}</strong>. Choose a new password
          and tell it to them; they are signed out everywhere.
        </Text>
        <FormAlert error={apiError} />
        <PasswordInput
          label="New password"
          description={`At least ${LIMITS.passwordMin} characters.`}
          autoComplete="new-password"
          required
          data-autofocus
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Set new password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
