import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { PageLoader, QueryError } from '../../../components/QueryState';
import { formatWhen, plural } from '../../../lib/format';
import { useViewerTimeZone } from '../../network/context';
import { LessonStudyRecordQuery } from './operations';
import { PlanChanges } from './PlanChanges';
import { PresentInShowcaseButton } from '../../showcase/PresentForm';

/**
 * A shared lesson study's record, for the network's adults: the plan's first and latest versions
 * compared, the evidence by look-for point (counts; the notes themselves stay private) and the
 * team's reflection. Never the recording.
 */
export function LessonStudyRecordView({ lessonStudyId, present }: { lessonStudyId: string; present?: boolean }) {
  const timeZone = useViewerTimeZone();
  const { data, error, refetch } = useQuery(LessonStudyRecordQuery, { variables: { lessonStudyId } });
  if (!data)
    return error ? (
      <QueryError error={error} onRetry={() => void refetch()} />
    ) : (
      <PageLoader label="Loading the record…" />
    );
  const r = data.lessonStudyRecord;
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={2} size="h3">
          {r.title}
        </Title>
        <Text size="sm" c="dimmed">
          Shared {formatWhen(r.sharedAt as string, timeZone)} · {plural(r.revisionsAccepted, 'revision')} made
        </Text>
        <Text>{r.theme}</Text>
      </Stack>
      {present && r.canPresent && (
        <Group>
          <PresentInShowcaseButton
            kind="LESSON_STUDY"
            targetId={lessonStudyId}
            defaultTitle={r.title}
            prompt="What your team learned, in a few sentences"
          />
        </Group>
      )}
      <Card withBorder radius="md" padding="md">
        <Title order={3} size="h4">
          The team&rsquo;s reflection
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
          {r.reflection}
        </Text>
      </Card>
      <Stack gap="xs">
        <Title order={3} size="h4">
          Evidence by look-for point
        </Title>
        {r.evidence.map((e) => (
          <Card key={e.lookForId} withBorder radius="md" padding="sm">
            <Text fw={700}>{e.lookFor}</Text>
            <Text size="sm" c="dimmed">
              {plural(e.noteCount, 'observation note')} · {plural(e.evidenceCount, 'piece')} of evidence shared
            </Text>
            <Stack component="ul" gap={4} mt="xs" pl="md">
              {e.evidence.map((text, i) => (
                <Text component="li" key={i} size="sm" className="break-anywhere">
                  {text}
                </Text>
              ))}
            </Stack>
          </Card>
        ))}
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h4">
          The plan, version {r.firstVersion} → {r.latestVersion}
        </Title>
        <PlanChanges sections={r.changes.sections} from={r.changes.from} to={r.changes.to} />
      </Stack>
    </Stack>
  );
}
