import { useState } from 'react';
import { Button, Card, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { FormAlert } from '../../components/FormAlert';
import { type ApiError, toApiError } from '../../lib/errors';
import { useNetwork } from '../network/context';
import { CreateMentorshipMutation, MenteeCandidatesQuery, MentorMatchesQuery } from './operations';
import { withSchool } from './pair-names';

/** Coordinators: choose a newer teacher, read the suggested mentors (and why), pair them. */
export function PairTeachers() {
  const { network } = useNetwork();
  const [menteeId, setMenteeId] = useState<string | null>(null);
  const [goals, setGoals] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const teachers = useQuery(MenteeCandidatesQuery, { variables: { networkId: network.id } });
  const matches = useQuery(MentorMatchesQuery, {
    variables: { networkId: network.id, menteeId: menteeId ?? '' },
    skip: !menteeId,
  });
  const [create, { loading: pairing }] = useMutation(CreateMentorshipMutation, { refetchQueries: ['Mentorships'] });
  const options = (teachers.data?.members.nodes ?? [])
    .filter((m) => m.school)
    .map((m) => ({
      value: m.user.id,
      label: `${withSchool(m)}${m.subjects.length ? ` · ${m.subjects.join(', ')}` : ''}`,
    }));
  const mentee = teachers.data?.members.nodes.find((m) => m.user.id === menteeId);

  async function pair(mentorId: string, mentorName: string) {
    if (!menteeId) return;
    setError(null);
    try {
      await create({
        variables: { input: { networkId: network.id, mentorId, menteeId, goals: goals.trim() || undefined } },
      });
      notifications.show({
        color: 'green',
        title: 'Pair started',
        message: `${mentorName} now mentors ${mentee?.user.displayName ?? 'the newer teacher'}. Both were notified.`,
      });
      setMenteeId(null);
      setGoals('');
    } catch (err) {
      setError(toApiError(err));
    }
  }

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="pair-teachers-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="pair-teachers-title">
          Pair teachers
        </Title>
        <Select
          label="Newer teacher"
          description="Choose the teacher who will be mentored: suggested mentors teach the same subjects and grades in other schools, closest time zones first."
          placeholder="Search by name"
          searchable
          clearable
          data={options}
          value={menteeId}
          onChange={(v) => {
            setMenteeId(v);
            setError(null);
          }}
          nothingFoundMessage="No teacher with a school by that name"
        />
        <Textarea
          label="Shared goals to start with (optional)"
          description="The pair can change them. Once paired, only the two of them read the goals."
          autosize
          minRows={2}
          maxLength={4000}
          value={goals}
          onChange={(e) => setGoals(e.currentTarget.value)}
        />
        <FormAlert error={error} />
        {menteeId && matches.loading && <Text size="sm">Finding mentors…</Text>}
        {menteeId && matches.data && matches.data.mentorMatches.length === 0 && (
          <Text size="sm">No teacher in another school yet: invite one, or choose another teacher.</Text>
        )}
        {menteeId && matches.data && matches.data.mentorMatches.length > 0 && (
          <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Suggested mentors">
            {matches.data.mentorMatches.map((m) => (
              <li key={m.member.id}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text fw={600} className="break-anywhere">
                      {withSchool(m.member)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {m.reasons.join(' · ') || 'Another school'}
                    </Text>
                  </Stack>
                  <Button
                    size="sm"
                    mih={44}
                    loading={pairing}
                    onClick={() => void pair(m.member.user.id, m.member.user.displayName)}
                    aria-label={`Pair with ${m.member.user.displayName}`}
                  >
                    Pair
                  </Button>
                </Group>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
