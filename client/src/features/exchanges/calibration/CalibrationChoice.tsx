import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Group, Stack, Text } from '@mantine/core';
import '@mantine/core/styles/Checkbox.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { PageLoader, QueryError } from '../../../components/QueryState';
import { errorMessage } from '../../../lib/errors';
import type { ExchangeData } from '../ExchangePage';
import { CalibrateForExchangeMutation, CalibrationChoiceQuery } from './operations';

const MIN = 2;
const MAX = 3;

/**
 * "Calibration before reviewing": the owner picks 2–3 anchor papers of the rubric that students
 * score before they review (none: off). Other teachers of the exchange see the choice.
 */
export function CalibrationChoice({ exchange }: { exchange: ExchangeData }) {
  const { data, loading, error, refetch } = useQuery(CalibrationChoiceQuery, {
    variables: { id: exchange.id },
    fetchPolicy: 'cache-and-network',
  });
  const [picked, setPicked] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [save, saving] = useMutation(CalibrateForExchangeMutation, { refetchQueries: ['CalibrationChoice'] });
  if (!data && loading) return <PageLoader label="Loading calibration…" />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const { calibration, availableAnchorPapers: papers } = data.exchange;
  const chosen = picked ?? calibration.anchorEssayIds ?? [];
  const owner = exchange.viewerRole === 'OWNER';
  const open = exchange.reviewsAllocatedAt === null && ['DRAFT', 'SUBMISSION'].includes(exchange.phase);
  const editable = owner && open;
  const valid = chosen.length === 0 || (chosen.length >= MIN && chosen.length <= MAX);

  async function submit(ids: string[]) {
    setProblem(null);
    try {
      await save({ variables: { input: { exchangeId: exchange.id, anchorEssayIds: ids } } });
      setPicked(null);
      notifications.show({
        color: 'green',
        title: ids.length ? 'Calibration is on' : 'Calibration is off',
        message: ids.length
          ? `Students score ${ids.length} example essays before they review.`
          : 'Students review without example essays.',
      });
    } catch (err) {
      setProblem(errorMessage(err));
    }
  }

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="calibration-heading">
      <Stack gap="sm">
        <Text id="calibration-heading" component="h2" fw={600} size="lg" m={0}>
          Calibration before reviewing
        </Text>
        <Text size="sm">
          {calibration.on
            ? `On: students score ${calibration.anchorCount} example essays and compare with the agreed levels before they review.`
            : 'Off: students review without scoring example essays first.'}
        </Text>
        {problem && (
          <Alert color="red" variant="light" role="alert">
            {problem}
          </Alert>
        )}
        {owner && !open && (
          <Text size="sm" c="dimmed">
            Calibration can only change before reviews are given out.
          </Text>
        )}
        {editable && papers.length === 0 && (
          <Text size="sm" c="dimmed">
            This rubric has no anchor papers yet: they come from a calibration round your job-alike group agrees on.
          </Text>
        )}
        {editable && papers.length > 0 && (
          <Checkbox.Group
            label={`Choose ${MIN} or ${MAX} anchor papers of the rubric`}
            description="Students see only each essay’s text: never a name or a school."
            value={chosen}
            onChange={setPicked}
            error={valid ? undefined : `Choose ${MIN} or ${MAX} example essays (or none to turn calibration off).`}
          >
            <Stack gap="xs" mt="xs">
              {papers.map((p) => (
                <Card key={p.essayId} withBorder padding="xs">
                  <Checkbox
                    value={p.essayId}
                    label={p.label}
                    styles={{ body: { minHeight: 44, alignItems: 'center' } }}
                  />
                  <details>
                    <summary style={{ minHeight: 44, display: 'flex', alignItems: 'center', cursor: 'pointer' }}>
                      Read the essay
                    </summary>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {p.body}
                    </Text>
                  </details>
                  <Text size="xs" c="dimmed">
                    Agreed: {p.agreed.map((a) => `${a.title} ${a.levelLabel}`).join(' · ')}
                  </Text>
                </Card>
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        {editable && papers.length > 0 && (
          <Group>
            <Button onClick={() => void submit(chosen)} disabled={!valid} loading={saving.loading} mih={44}>
              Save calibration
            </Button>
            {calibration.on && (
              <Button variant="default" onClick={() => void submit([])} loading={saving.loading} mih={44}>
                Turn calibration off
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
