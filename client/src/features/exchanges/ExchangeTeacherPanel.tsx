import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { ConfirmModal } from '../../components/ConfirmModal';
import { errorMessage } from '../../lib/errors';
import type { ExchangeData } from './ExchangePage';
import { AddClassToExchangeMutation, AdvanceExchangeMutation, InviteToExchangeMutation } from './operations';
import { ESSAY_STATUS_LABELS, NEXT_PHASE_ACTIONS } from './phases';
import { CalibrationChoice } from './calibration/CalibrationChoice';

type ExchangeClass = ExchangeData['classes'][number];

/** "Grade 8 ELA · Tok School", "Invited: Ana Ruiz" or "Ana Ruiz’s class (another school)". */
function classTitle(c: ExchangeClass): string {
  if (c.className) return `${c.className}${c.schoolName ? ` · ${c.schoolName}` : ''}`;
  return c.status === 'INVITED'
    ? `Invited: ${c.teacher.displayName}`
    : `${c.teacher.displayName}’s class (another school)`;
}

/** The teacher's side of an exchange: classes, invitations, phase, and essay progress by class. */
export function ExchangeTeacherPanel({ exchange }: { exchange: ExchangeData }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // The phase being confirmed: the dialog keeps its words while it closes on the next phase.
  const [confirmedPhase, setConfirmedPhase] = useState(exchange.phase);
  const [advance, advancing] = useMutation(AdvanceExchangeMutation, { refetchQueries: ['Exchange', 'MyExchanges'] });
  const next = NEXT_PHASE_ACTIONS[exchange.phase];

  async function moveOn() {
    setProblem(null);
    try {
      await advance({ variables: { exchangeId: exchange.id } });
      notifications.show({ color: 'green', title: 'Exchange moved on', message: `${next}: done.` });
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setConfirming(false);
    }
  }

  return (
    <Stack gap="lg">
      {problem && (
        <Alert color="red" variant="light" role="alert">
          {problem}
        </Alert>
      )}
      {exchange.viewerCanAdvance && next && (
        <Group>
          <Button
            onClick={() => {
              setConfirmedPhase(exchange.phase);
              setConfirming(true);
            }}
          >
            {next}
          </Button>
          <Text size="sm" c="dimmed">
            Essays close and feedback is released on their dates too.
          </Text>
        </Group>
      )}
      {(exchange.invitableTeachers.length > 0 || exchange.viewerCanAddClasses) && (
        <Group align="flex-end" gap="lg">
          {exchange.invitableTeachers.length > 0 && <InviteTeacher exchange={exchange} onError={setProblem} />}
          {exchange.viewerCanAddClasses && <AddMyClass exchange={exchange} onError={setProblem} />}
        </Group>
      )}
      <CalibrationChoice exchange={exchange} />
      <Stack component="section" aria-labelledby="classes-heading" gap="sm">
        <Text id="classes-heading" component="h2" fw={600} size="lg" m={0}>
          Classes and essays
        </Text>
        <Text size="sm" c="dimmed">
          You see your own students by name. Students of other classes appear only by their pseudonyms.
        </Text>
        {exchange.classes.length === 0 && <Text c="dimmed">No classes yet.</Text>}
        {exchange.classes.map((c) => (
          <Card withBorder key={c.id} padding="md" component="article" aria-labelledby={`class-${c.id}`}>
            <Group justify="space-between" mb="xs">
              <Text id={`class-${c.id}`} component="h3" fw={600} m={0}>
                {classTitle(c)}
              </Text>
              {c.status === 'INVITED' ? (
                <Badge variant="light" color="gray">
                  Waiting for a class
                </Badge>
              ) : (
                <Text size="sm">
                  {c.progress.submitted} of {c.progress.enrolled} submitted · {c.progress.started} started
                </Text>
              )}
            </Group>
            {c.participants.length > 0 && (
              <Table striped withRowBorders={false}>
                <Table.Caption className="visually-hidden">{`Essays of ${classTitle(c)}`}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{c.isMine ? 'Student' : 'Pseudonym'}</Table.Th>
                    {c.isMine && <Table.Th scope="col">Pseudonym</Table.Th>}
                    <Table.Th scope="col">Essay</Table.Th>
                    <Table.Th scope="col">Words</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {c.participants.map((p, i) => (
                    <Table.Tr key={p.student?.id ?? p.pseudonym ?? i}>
                      <Table.Th scope="row" fw={400}>
                        {p.student?.displayName ?? p.pseudonym}
                      </Table.Th>
                      {c.isMine && <Table.Td>{p.pseudonym ?? '—'}</Table.Td>}
                      <Table.Td>{ESSAY_STATUS_LABELS[p.status] ?? p.status}</Table.Td>
                      <Table.Td>{p.wordCount}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Card>
        ))}
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={NEXT_PHASE_ACTIONS[confirmedPhase] ?? ''}
        confirmLabel={NEXT_PHASE_ACTIONS[confirmedPhase] ?? ''}
        loading={advancing.loading}
        onConfirm={() => void moveOn()}
        onClose={() => setConfirming(false)}
      >
        {confirmedPhase === 'SUBMISSION'
          ? 'Students will no longer be able to change their essays, even before the deadline.'
          : 'Everyone in the exchange moves to the next phase.'}
      </ConfirmModal>
    </Stack>
  );
}

function InviteTeacher({ exchange, onError }: { exchange: ExchangeData; onError: (m: string | null) => void }) {
  const [teacherId, setTeacherId] = useState<string | null>(null);
  const [invite, { loading }] = useMutation(InviteToExchangeMutation, { refetchQueries: ['Exchange'] });
  async function send() {
    if (!teacherId) return;
    onError(null);
    try {
      await invite({ variables: { exchangeId: exchange.id, teacherId } });
      notifications.show({ color: 'green', title: 'Invitation sent', message: 'They can now add their class.' });
      setTeacherId(null);
    } catch (error) {
      onError(errorMessage(error));
    }
  }
  return (
    <Group align="flex-end" gap="xs">
      <Select
        label="Invite a teacher from your job-alike groups"
        placeholder="Choose a teacher"
        data={exchange.invitableTeachers.map((t) => ({ value: t.id, label: t.displayName }))}
        value={teacherId}
        onChange={setTeacherId}
        searchable
        w={280}
      />
      <Button variant="light" onClick={() => void send()} disabled={!teacherId} loading={loading}>
        Invite
      </Button>
    </Group>
  );
}

function AddMyClass({ exchange, onError }: { exchange: ExchangeData; onError: (m: string | null) => void }) {
  const [classId, setClassId] = useState<string | null>(null);
  const [add, { loading }] = useMutation(AddClassToExchangeMutation, { refetchQueries: ['Exchange'] });
  // The server lists the classes this teacher may add now.
  const mine = exchange.addableClasses;
  async function send() {
    if (!classId) return;
    onError(null);
    try {
      await add({ variables: { exchangeId: exchange.id, classId } });
      notifications.show({ color: 'green', title: 'Class added', message: 'Its students can now write their essays.' });
      setClassId(null);
    } catch (error) {
      onError(errorMessage(error));
    }
  }
  return (
    <Group align="flex-end" gap="xs">
      <Select
        label="Add my class"
        placeholder={mine.length ? 'Choose a class' : 'No class left to add'}
        data={mine.map((c) => ({ value: c.id, label: c.name }))}
        value={classId}
        onChange={setClassId}
        w={240}
      />
      <Button variant="light" onClick={() => void send()} disabled={!classId} loading={loading}>
        Add class
      </Button>
    </Group>
  );
}
