import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { LESSON_STUDY_PHASE_LABELS, type LessonStudyPhase } from '@switchback/shared';
import { PageLoader, QueryError } from '../../components/QueryState';
import { formatDate } from '../../lib/format';
import { useNetwork } from '../network/context';
import { GroupLessonStudiesQuery } from './operations';
import { StartLessonStudyModal } from './StartLessonStudyModal';

/** A group's lesson-study cycles, and "Start a lesson study" for its active members. */
export function GroupLessonStudies({ groupId, canStart }: { groupId: string; canStart: boolean }) {
  const { network } = useNetwork();
  const [starting, setStarting] = useState(false);
  const { data, loading, error, refetch } = useQuery(GroupLessonStudiesQuery, {
    variables: { groupId },
    fetchPolicy: 'cache-and-network',
  });
  const cycles = data?.lessonStudies;

  return (
    <Stack component="section" aria-labelledby="group-lesson-studies-heading" gap="md">
      <Group justify="space-between" align="center">
        <Title order={2} size="h3" id="group-lesson-studies-heading">
          Lesson studies
        </Title>
        {canStart && <Button onClick={() => setStarting(true)}>Start a lesson study</Button>}
      </Group>
      {!cycles && loading ? (
        <PageLoader label="Loading lesson studies…" />
      ) : !cycles ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : cycles.length === 0 ? (
        <Text>
          No lesson studies yet. Plan a research lesson together, watch one of you teach it, and improve it as a team.
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {cycles.map((c) => (
            <Card key={c.id} component="li" withBorder radius="md" padding="md">
              <Stack gap={4}>
                <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                  <Title order={3} size="h5" style={{ minWidth: 0 }}>
                    <Anchor component={Link} to={`/n/${network.slug}/lesson-studies/${c.id}`} className="break-word">
                      {c.title}
                    </Anchor>
                  </Title>
                  <Badge variant="light" style={{ flexShrink: 0 }}>
                    {LESSON_STUDY_PHASE_LABELS[c.phase as LessonStudyPhase]}
                    {c.round > 1 ? ' · round 2' : ''}
                  </Badge>
                </Group>
                <Text size="sm" className="break-word">
                  {c.theme}
                </Text>
                <Text size="sm" c="dimmed">
                  Started {formatDate(c.createdAt)}
                </Text>
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
      {canStart && <StartLessonStudyModal opened={starting} onClose={() => setStarting(false)} groupId={groupId} />}
    </Stack>
  );
}
