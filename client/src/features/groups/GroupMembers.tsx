import { useState } from 'react';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { ConfirmModal } from '../../components/ConfirmModal';
import { errorMessage, toApiError, type ApiError } from '../../lib/errors';
import { formatDate, roleLabel } from '../../lib/format';
import { useNetwork } from '../network/context';
import type { GroupAbilities, PageGroup } from './GroupPage';
import { AppointFacilitatorMutation, DecideJoinRequestMutation } from './operations';

type Person = PageGroup['members'][number] | PageGroup['pendingRequests'][number];

interface GroupMembersProps {
  group: PageGroup;
  abilities: GroupAbilities;
  onChanged: () => Promise<unknown>;
}

export function GroupMembers({ group, abilities, onChanged }: GroupMembersProps) {
  return (
    <Stack gap="lg">
      {abilities.isFacilitator && <JoinRequests group={group} onChanged={onChanged} />}
      <MemberList group={group} abilities={abilities} onChanged={onChanged} />
    </Stack>
  );
}

function PersonDetails({ person }: { person: Person }) {
  const m = person.member;
  const parts = [
    m?.school?.name,
    m && m.role !== 'TEACHER' ? roleLabel(m.role) : null,
    m?.subjects.length ? m.subjects.join(', ') : null,
  ].filter(Boolean);
  if (!parts.length) return null;
  return (
    <Text size="sm" c="dimmed">
      {parts.join(' · ')}
    </Text>
  );
}

function JoinRequests({ group, onChanged }: { group: PageGroup; onChanged: () => Promise<unknown> }) {
  const [decide] = useMutation(DecideJoinRequestMutation);
  const [busy, setBusy] = useState<string | null>(null);
  const requests = group.pendingRequests;

  const answer = async (person: PageGroup['pendingRequests'][number], approve: boolean) => {
    setBusy(`${person.userId}:${approve}`);
    try {
      await decide({ variables: { input: { groupId: group.id, userId: person.userId, approve } } });
      await onChanged();
      notifications.show({
        color: 'green',
        title: approve ? 'Approved' : 'Declined',
        message: approve
          ? `${person.user.displayName} is now a member of ${group.name}.`
          : `${person.user.displayName}'s request was declined.`,
      });
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not answer the request', message: errorMessage(e) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack component="section" aria-labelledby="requests-heading" gap="sm">
      <Title order={2} size="h3" id="requests-heading">
        Join requests{requests.length ? ` (${requests.length})` : ''}
      </Title>
      {requests.length === 0 ? (
        <Text size="sm">
          {group.access === 'CLOSED'
            ? 'No one is waiting to join.'
            : 'This group is open: people join without a request.'}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {requests.map((r) => (
            <Card component="li" key={r.id} withBorder radius="md" padding="sm">
              <Group justify="space-between" gap="sm">
                <Stack gap={0}>
                  <Text fw={700}>{r.user.displayName}</Text>
                  <PersonDetails person={r} />
                  <Text size="xs" c="dimmed">
                    Asked on {formatDate(r.createdAt)}
                  </Text>
                </Stack>
                <Group gap="xs">
                  <Button
                    size="xs"
                    loading={busy === `${r.userId}:true`}
                    disabled={busy !== null}
                    onClick={() => void answer(r, true)}
                    aria-label={`Approve ${r.user.displayName}`}
                  >
                    Approve
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    loading={busy === `${r.userId}:false`}
                    disabled={busy !== null}
                    onClick={() => void answer(r, false)}
                    aria-label={`Decline ${r.user.displayName}`}
                  >
                    Decline
                  </Button>
                </Group>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function MemberList({ group, abilities, onChanged }: GroupMembersProps) {
  const { viewer } = useNetwork();
  const [appointing, setAppointing] = useState<PageGroup['members'][number] | null>(null);
  const [appointError, setAppointError] = useState<ApiError | null>(null);
  const [appoint, appointment] = useMutation(AppointFacilitatorMutation);
  const canAppoint = abilities.isCoordinator && !group.archivedAt;

  const confirmAppoint = async () => {
    if (!appointing) return;
    setAppointError(null);
    try {
      await appoint({ variables: { input: { groupId: group.id, userId: appointing.userId } } });
      await onChanged();
      notifications.show({
        color: 'green',
        title: 'Facilitator appointed',
        message: `${appointing.user.displayName} now facilitates ${group.name}.`,
      });
      setAppointing(null);
    } catch (e) {
      setAppointError(toApiError(e));
    }
  };

  return (
    <Stack component="section" aria-labelledby="members-heading" gap="sm">
      <Title order={2} size="h3" id="members-heading">
        Members ({group.members.length})
      </Title>
      {group.members.length === 0 ? (
        <Text>No members yet.</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {group.members.map((m) => (
            <Card component="li" key={m.id} withBorder radius="md" padding="sm">
              <Group justify="space-between" gap="sm">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Group gap={6}>
                    <Text fw={700}>{m.user.displayName}</Text>
                    {m.role === 'FACILITATOR' && (
                      <Badge size="sm" variant="light" color="violet">
                        Facilitator
                      </Badge>
                    )}
                    {m.userId === viewer.id && (
                      <Badge size="sm" variant="light" color="gray">
                        You
                      </Badge>
                    )}
                  </Group>
                  <PersonDetails person={m} />
                </Stack>
                {canAppoint && m.role !== 'FACILITATOR' && (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => {
                      setAppointError(null);
                      setAppointing(m);
                    }}
                    aria-label={`Make ${m.user.displayName} a facilitator`}
                  >
                    Make facilitator
                  </Button>
                )}
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      <ConfirmModal
        opened={appointing !== null}
        title={appointing ? `Make ${appointing.user.displayName} a facilitator?` : 'Make facilitator?'}
        confirmLabel="Make facilitator"
        loading={appointment.loading}
        error={appointError}
        onConfirm={() => void confirmAppoint()}
        onClose={() => setAppointing(null)}
      >
        Facilitators approve join requests, hide posts that do not belong, and can edit the group.
      </ConfirmModal>
    </Stack>
  );
}
