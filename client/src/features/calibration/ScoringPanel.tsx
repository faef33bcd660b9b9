import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Grid, Group, Progress, Radio, Stack, Text, Title } from '@mantine/core';
import '@mantine/core/styles/Radio.css';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { FormAlert } from '../../components/FormAlert';
import { toApiError, type ApiError } from '../../lib/errors';
import { plural } from '../../lib/format';
import { essaysInOrder, firstUnscoredIndex, scoredEssays, type Essay, type Round } from './agreement';
import { SubmitCalibrationScoresMutation } from './operations';
import { RevealButton } from './RevealButton';

type Levels = Record<string, string | null>;

function levelsOf(essay: Essay | undefined): Levels {
  const levels: Levels = {};
  for (const s of essay?.myScores ?? []) levels[s.criterionId] = String(s.points);
  return levels;
}

/** Blind scoring: each essay in turn, a level per criterion, saved essay by essay. */
export function ScoringPanel({ round }: { round: Round }) {
  const essays = essaysInOrder(round.essays);
  const [index, setIndex] = useState(() => firstUnscoredIndex(round));
  const essay = essays[index];
  const [levels, setLevels] = useState<Levels>(() => levelsOf(essay));
  const [missing, setMissing] = useState<string[]>([]);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const [submit, { loading }] = useMutation(SubmitCalibrationScoresMutation, {
    refetchQueries: ['CalibrationRound'],
    awaitRefetchQueries: true,
  });
  const scored = scoredEssays(round);
  const criteria = round.rubric.criteria;

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
  }, [index]);

  function go(to: number) {
    moved.current = true;
    setIndex(to);
    setLevels(levelsOf(essays[to]));
    setMissing([]);
    setApiError(null);
  }

  async function save() {
    if (!essay) return;
    const notChosen = criteria.filter((c) => !levels[c.id]).map((c) => c.id);
    setMissing(notChosen);
    setApiError(null);
    if (notChosen.length) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLInputElement>(`input[name="calibration-level-${notChosen[0]}"]`)?.focus(),
      );
      return;
    }
    try {
      await submit({
        variables: {
          input: {
            essayId: essay.id,
            levels: criteria.map((c) => ({ criterionId: c.id, points: Number(levels[c.id]) })),
          },
        },
      });
      notifications.show({ color: 'green', title: `Scores saved for Essay ${essay.position}`, message: 'Thank you.' });
      const next = essays.findIndex(
        (e, i) => i !== index && criteria.some((c) => !e.myScores.some((s) => s.criterionId === c.id)),
      );
      if (next !== -1) go(next);
    } catch (error) {
      setApiError(toApiError(error));
    }
  }

  if (!essay) return <Text>This round has no essays.</Text>;

  return (
    <Stack gap="md">
      <Alert color="blue" variant="light" title="Blind scoring">
        Score each essay on your own. Scores stay hidden until the facilitator reveals them: nobody, the facilitator
        included, sees anyone else&rsquo;s scores before then.
      </Alert>
      <Stack gap={6}>
        <Text fw={600} id="calibration-progress-label">
          {scored} of {plural(essays.length, 'essay')} scored
          {round.iHaveFinished ? ': you have finished. You may still change your scores until the reveal.' : ''}
        </Text>
        <Progress.Root size="lg">
          <Progress.Section
            value={essays.length ? (scored / essays.length) * 100 : 0}
            aria-labelledby="calibration-progress-label"
          />
        </Progress.Root>
        <Text size="sm">
          {round.finishedRaterCount} of {plural(round.raterCount, 'teacher')} in the group finished scoring.
        </Text>
      </Stack>
      {round.canFacilitate && <RevealButton round={round} />}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }} className="calibration-essay-column">
          <Card withBorder padding="md" component="article" aria-labelledby="calibration-essay-heading">
            <Title order={2} size="h3" id="calibration-essay-heading" ref={heading} tabIndex={-1}>
              Essay {essay.position} of {essays.length}
            </Title>
            <Text mt="sm" className="calibration-essay">
              {essay.body}
            </Text>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md" component="section" aria-labelledby="calibration-score-heading">
            <Title order={2} size="h4" id="calibration-score-heading">
              Your scores for Essay {essay.position}
            </Title>
            {criteria.map((c) => (
              <Radio.Group
                key={c.id}
                name={`calibration-level-${c.id}`}
                label={c.weight > 1 ? `${c.title} (counts ×${c.weight})` : c.title}
                description={c.description || undefined}
                value={levels[c.id] ?? null}
                onChange={(v) => {
                  setLevels((l) => ({ ...l, [c.id]: v }));
                  setMissing((m) => m.filter((id) => id !== c.id));
                }}
                error={missing.includes(c.id) ? `Choose a level for ${c.title}.` : undefined}
                required
              >
                <Stack gap="xs" mt="xs">
                  {c.levels.map((l) => (
                    <Radio
                      key={l.points}
                      value={String(l.points)}
                      label={`${l.label} · ${plural(l.points, 'point')}`}
                      description={l.descriptor}
                    />
                  ))}
                </Stack>
              </Radio.Group>
            ))}
            {missing.length > 0 && (
              <Alert color="red" variant="light" role="alert" title="Some criteria have no level">
                Choose a level for every criterion: {plural(missing.length, 'criterion', 'criteria')} still{' '}
                {missing.length === 1 ? 'has' : 'have'} none.
              </Alert>
            )}
            <FormAlert error={apiError} title="Your scores were not saved" />
            <Button onClick={() => void save()} loading={loading}>
              Save scores for Essay {essay.position}
            </Button>
            <Group justify="space-between">
              <Button variant="default" disabled={index === 0} onClick={() => go(index - 1)}>
                Previous essay
              </Button>
              <Button variant="default" disabled={index >= essays.length - 1} onClick={() => go(index + 1)}>
                Next essay
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
