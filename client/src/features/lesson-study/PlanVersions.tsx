import { useState } from 'react';
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { LessonStudyFieldsFragment } from '../../gql/graphql';
import { formatWhen } from '../../lib/format';
import { QueryError } from '../../components/QueryState';
import { LessonPlanVersionQuery } from './operations';
import '../units/units.css';

/** One frozen version's sections (HTML the server made safe). */
function VersionText({ lessonStudyId, number }: { lessonStudyId: string; number: number }) {
  const { data, error, refetch } = useQuery(LessonPlanVersionQuery, { variables: { lessonStudyId, number } });
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <Text size="sm">Loading version {number}…</Text>;
  return (
    <Stack gap="sm">
      {data.lessonPlanVersion.map((s) => (
        <Stack key={s.id} gap={4}>
          <Title order={4} size="h5">
            {s.title}
          </Title>
          {s.html ? (
            <div className="unit-html" dangerouslySetInnerHTML={{ __html: s.html }} />
          ) : (
            <Text size="sm" c="dimmed">
              (empty)
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}

/** The plan's frozen versions: v1 as first taught, later ones from agreed revisions. */
export function PlanVersions({ cycle, timeZone }: { cycle: LessonStudyFieldsFragment; timeZone?: string }) {
  const [open, setOpen] = useState<number | null>(null);
  return (
    <Stack component="section" aria-labelledby="plan-versions-heading" gap="xs">
      <Title order={2} size="h4" id="plan-versions-heading">
        Plan versions
      </Title>
      {cycle.planVersions.length === 0 ? (
        <Text size="sm">Version 1 is kept when the lesson is first taught.</Text>
      ) : (
        cycle.planVersions.map((v) => (
          <Paper key={v.id} withBorder p="sm">
            <Stack gap="xs">
              <Text>
                <strong>Version {v.number}</strong> · {v.note || 'No note'} · {formatWhen(v.createdAt, timeZone)}
              </Text>
              <Button
                variant="default"
                mih={44}
                aria-expanded={open === v.number}
                onClick={() => setOpen(open === v.number ? null : v.number)}
                style={{ alignSelf: 'flex-start' }}
              >
                {open === v.number ? 'Hide' : 'Read'} version {v.number}
              </Button>
              {open === v.number && <VersionText lessonStudyId={cycle.id} number={v.number} />}
            </Stack>
          </Paper>
        ))
      )}
    </Stack>
  );
}
