import { useState } from 'react';
import { Badge, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { LESSON_STUDY_ROLE_LABELS, type LessonStudyRole } from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import type { LessonStudyFieldsFragment } from '../../gql/graphql';
import { toApiError, type ApiError } from '../../lib/errors';
import { AdultPicker } from '../network/AdultPicker';
import { InviteKnowledgeableOtherMutation, NameRoleMutation, RemoveRoleMutation } from './operations';

const NAMEABLE: LessonStudyRole[] = ['OBSERVER', 'CRITICAL_FRIEND', 'KNOWLEDGEABLE_OTHER', 'TEACHER', 'FACILITATOR'];
const REMOVABLE: LessonStudyRole[] = ['OBSERVER', 'CRITICAL_FRIEND', 'KNOWLEDGEABLE_OTHER'];

/** Who takes part and as what; the facilitator names people, a coordinator invites a knowledgeable other. */
export function PeoplePanel({ cycle }: { cycle: LessonStudyFieldsFragment }) {
  const [name, naming] = useMutation(NameRoleMutation);
  const [remove] = useMutation(RemoveRoleMutation);
  const [invite, inviting] = useMutation(InviteKnowledgeableOtherMutation);
  const [error, setError] = useState<ApiError | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [role, setRole] = useState<LessonStudyRole>('OBSERVER');
  const [email, setEmail] = useState('');

  const run = async (action: () => Promise<unknown>, after?: () => void) => {
    setError(null);
    try {
      await action();
      after?.();
    } catch (e) {
      setError(toApiError(e));
    }
  };

  return (
    <Stack component="section" aria-labelledby="people-heading" gap="sm">
      <Title order={2} size="h4" id="people-heading">
        People
      </Title>
      <FormAlert error={error} />
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {cycle.people.map((p) => (
          <Group component="li" key={p.userId} gap="xs" wrap="wrap">
            <Text fw={600} className="break-word">
              {p.displayName}
            </Text>
            <Text size="sm" c="dimmed">
              {p.guest ? 'from another network' : (p.schoolName ?? 'no school')}
              {p.viaOpenClass ? ' · registered for the open class' : ''}
            </Text>
            {p.roles.map((r) => (
              <Group key={r} gap={2} wrap="nowrap">
                <Badge variant="light">{LESSON_STUDY_ROLE_LABELS[r as LessonStudyRole]}</Badge>
                {(cycle.can.nameRoles || (p.guest && cycle.can.inviteGuest)) &&
                  REMOVABLE.includes(r as LessonStudyRole) && (
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      mih={44}
                      aria-label={`Remove ${p.displayName} as ${LESSON_STUDY_ROLE_LABELS[r as LessonStudyRole].toLowerCase()}`}
                      onClick={() =>
                        void run(() =>
                          remove({ variables: { input: { lessonStudyId: cycle.id, userId: p.userId, role: r } } }),
                        )
                      }
                    >
                      Remove
                    </Button>
                  )}
              </Group>
            ))}
          </Group>
        ))}
      </Stack>
      {cycle.can.nameRoles && (
        <Stack gap="xs">
          <AdultPicker
            label="Name someone"
            description="Any teacher or coordinator of the network, from any school."
            maxValues={1}
            value={picked}
            onChange={setPicked}
          />
          <Group gap="xs" align="flex-end">
            <Select
              label="As"
              value={role}
              allowDeselect={false}
              onChange={(v) => v && setRole(v as LessonStudyRole)}
              data={NAMEABLE.map((r) => ({ value: r, label: LESSON_STUDY_ROLE_LABELS[r] }))}
            />
            <Button
              disabled={!picked.length}
              loading={naming.loading}
              onClick={() =>
                void run(
                  () => name({ variables: { input: { lessonStudyId: cycle.id, userId: picked[0]!, role } } }),
                  () => setPicked([]),
                )
              }
            >
              Name
            </Button>
          </Group>
        </Stack>
      )}
      {cycle.can.inviteGuest && (
        <Group gap="xs" align="flex-end">
          <TextInput
            type="email"
            label="Invite a knowledgeable other from another network"
            description="The email of their Switchback account. They will see this lesson study only."
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 220 }}
          />
          <Button
            loading={inviting.loading}
            disabled={!email.trim()}
            onClick={() =>
              void run(
                () => invite({ variables: { input: { lessonStudyId: cycle.id, email: email.trim() } } }),
                () => setEmail(''),
              )
            }
          >
            Invite
          </Button>
        </Group>
      )}
    </Stack>
  );
}
