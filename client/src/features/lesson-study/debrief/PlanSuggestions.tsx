import { Alert, Badge, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { LESSON_PLAN_SECTIONS } from '@switchback/shared';
import { FormAlert } from '../../../components/FormAlert';
import { toApiError, type ApiError } from '../../../lib/errors';
import { AcceptPlanRevisionsMutation, DebriefPlanComparisonQuery, DebriefQuery } from './operations';
import { PlanChanges } from './PlanChanges';
import { useDebriefLive } from './useDebriefLive';

/**
 * In Revise: the agreed revisions as suggestions beside each plan section. Accepting them writes
 * them into the plan and saves its next version ("Version 2 saved"), which can be compared with the one before.
 */
export function PlanSuggestions({ lessonStudyId, phase }: { lessonStudyId: string; phase: string }) {
  const { data, refetch } = useQuery(DebriefQuery, { variables: { lessonStudyId }, fetchPolicy: 'cache-and-network' });
  // The cycle's page lists the plan's versions (Plan tab): it learns of the new one at once.
  const [accept, accepting] = useMutation(AcceptPlanRevisionsMutation, { refetchQueries: ['LessonStudy'] });
  const [compare, comparison] = useLazyQuery(DebriefPlanComparisonQuery);
  const [saved, setSaved] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useDebriefLive(lessonStudyId, () => void refetch());
  if (!data) return null;
  const agreed = data.debrief.revisions.filter((r) => r.status === 'AGREED');
  const canAccept = data.debrief.viewerCanAccept && phase === 'REVISE' && agreed.length > 0;

  return (
    <Stack component="section" gap="sm" aria-labelledby="debrief-suggestions">
      <Title order={3} size="h4" id="debrief-suggestions">
        Suggestions from the debrief
      </Title>
      {saved !== null && (
        <Alert color="green" variant="light" role="status">
          Version {saved} saved. Version {saved - 1} stays as it was.
        </Alert>
      )}
      <FormAlert error={error} />
      {agreed.length === 0 && saved === null && <Text size="sm">No agreed revisions waiting.</Text>}
      {LESSON_PLAN_SECTIONS.map((section) => {
        const mine = agreed.filter((r) => r.sectionId === section.id);
        if (!mine.length) return null;
        return (
          <Card key={section.id} withBorder radius="md" padding="sm">
            <Text fw={700}>{section.title}</Text>
            {mine.map((r) => (
              <Stack key={r.id} gap={2} mt="xs">
                <Badge variant="light">{r.replacesSection ? 'Replace the section with' : 'Add at the end'}</Badge>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
                  {r.text}
                </Text>
              </Stack>
            ))}
          </Card>
        );
      })}
      {canAccept && (
        <Button
          mih={44}
          loading={accepting.loading}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => {
            setError(null);
            accept({ variables: { lessonStudyId } }).then(
              (res) => {
                const version = res.data?.acceptPlanRevisions ?? null;
                setSaved(version);
                void refetch();
                if (version) void compare({ variables: { lessonStudyId, from: version - 1, to: version } });
              },
              (err: unknown) => setError(toApiError(err)),
            );
          }}
        >
          Accept the agreed revisions into the plan
        </Button>
      )}
      {saved !== null && comparison.data && (
        <PlanChanges sections={comparison.data.lessonPlanComparison} from={saved - 1} to={saved} />
      )}
    </Stack>
  );
}
