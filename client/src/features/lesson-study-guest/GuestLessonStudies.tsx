import { Anchor, Badge, Card, Group, Stack, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { LESSON_STUDY_PHASE_LABELS, type LessonStudyPhase } from '@switchback/shared';
import { MyGuestLessonStudiesQuery } from './operations';

/**
 * On an adult's home page: lesson studies of other networks they are invited to as the
 * knowledgeable other, each opening its guest page. Nothing shows when there are none.
 */
export function GuestLessonStudies() {
  const { data } = useQuery(MyGuestLessonStudiesQuery, { fetchPolicy: 'cache-and-network' });
  const cycles = data?.myGuestLessonStudies ?? [];
  if (!cycles.length) return null;
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="guest-lesson-studies">
      <Stack gap="sm">
        <Title order={2} size="h3" id="guest-lesson-studies">
          Lesson studies you are invited to
        </Title>
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {cycles.map((c) => (
            <Group component="li" key={c.id} gap="xs" wrap="wrap">
              <Anchor
                component={Link}
                to={`/guest/lesson-studies/${c.id}`}
                mih={44}
                display="inline-flex"
                style={{ alignItems: 'center' }}
              >
                {c.title}
              </Anchor>
              <Badge variant="light">{LESSON_STUDY_PHASE_LABELS[c.phase as LessonStudyPhase]}</Badge>
              <Badge variant="outline" color="gray">
                {c.networkName}
              </Badge>
            </Group>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}
