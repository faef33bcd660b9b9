import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, Radio, Stack, Table, Text } from '@mantine/core';
import '@mantine/core/styles/Radio.css';
import { useMutation } from '@apollo/client/react';
import { ScrollTable } from '../../../components/ScrollTable';
import { toApiError } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import type { CalibrationEssayFieldsFragment, StudentCalibrationQuery } from '../../../gql/graphql';
import type { ExchangeData } from '../ExchangePage';
import { SubmitCalibrationPracticeMutation } from './operations';
import { useT } from '../../../lib/i18n';

type Calibration = StudentCalibrationQuery['studentCalibration'];
type Criteria = ExchangeData['rubric']['criteria'];

/** 0.85 → "85 %" (the number in the reader's language); "—" when there is none. */
const percent = (x: number | null) => (x === null ? '—' : `${formatNumber(Math.round(x * 100))} %`);

/**
 * "Practise first": the student scores each example essay on every criterion, then sees their
 * levels beside the teachers' agreed levels and why; one second try where they were far off.
 */
export function CalibrationPractice({ exchange, calibration }: { exchange: ExchangeData; calibration: Calibration }) {
  const n = calibration.essays.length;
  const t = useT('calibration');
  return (
    <Stack gap="md" component="section" aria-labelledby="practice-heading">
      <Group justify="space-between">
        <Text id="practice-heading" component="h2" fw={600} size="lg" m={0}>
          {t('practice.heading', { count: n })}
        </Text>
        {calibration.finished && (
          <Badge color="green" variant="light">
            {t('practice.doneAccuracy', { accuracy: percent(calibration.accuracy) })}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('practice.intro')}
      </Text>
      {!calibration.canPractise && !calibration.finished && (
        <Alert color="blue" variant="light">
          {t('practice.sendEssayFirst')}
        </Alert>
      )}
      {calibration.essays.map((essay) => (
        <PracticeEssay
          key={essay.essayId}
          exchangeId={exchange.id}
          essay={essay}
          criteria={exchange.rubric.criteria}
          canPractise={calibration.canPractise}
        />
      ))}
    </Stack>
  );
}

function PracticeEssay({
  exchangeId,
  essay,
  criteria,
  canPractise,
}: {
  exchangeId: string;
  essay: CalibrationEssayFieldsFragment;
  criteria: Criteria;
  canPractise: boolean;
}) {
  const t = useT('calibration');
  const [levels, setLevels] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [send, sending] = useMutation(SubmitCalibrationPracticeMutation, {
    refetchQueries: ['StudentCalibration', 'MyReviewAssignments'],
  });
  const scoring = canPractise && (essay.tries === 0 || essay.secondTryOpen);
  const headingId = `example-${essay.essayId}`;

  async function submit() {
    setProblem(null);
    setFieldErrors({});
    try {
      await send({
        variables: {
          input: {
            exchangeId,
            essayId: essay.essayId,
            levels: Object.entries(levels).map(([criterionId, points]) => ({ criterionId, points: Number(points) })),
          },
        },
      });
      setLevels({});
    } catch (error) {
      const api = toApiError(error);
      setProblem(api.message);
      setFieldErrors(api.fieldErrors);
    }
  }

  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Text id={headingId} component="h3" fw={600} m={0}>
            {t('practice.exampleEssay', { n: essay.position })}
          </Text>
          {essay.done ? (
            <Badge color="green" variant="light">
              {t('practice.done')}
            </Badge>
          ) : essay.secondTryOpen ? (
            <Badge color="yellow" variant="light">
              {t('practice.secondTry')}
            </Badge>
          ) : null}
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }} translate="no">
          {essay.body}
        </Text>
        {essay.comparison.length > 0 && essay.tries > 0 && <Comparison essay={essay} />}
        {essay.secondTryOpen && (
          <Alert color="yellow" variant="light" title={t('practice.farTitle')}>
            {t('practice.farBody')}
          </Alert>
        )}
        {scoring && (
          <Stack gap="sm">
            {problem && (
              <Alert color="red" variant="light" role="alert">
                {problem}
              </Alert>
            )}
            {criteria.map((c) => (
              <Radio.Group
                key={c.id}
                name={`practice-${essay.essayId}-${c.id}`}
                label={<span translate="no">{c.title}</span>}
                description={c.description ? <span translate="no">{c.description}</span> : undefined}
                value={levels[c.id] ?? null}
                onChange={(v) => setLevels((l) => ({ ...l, [c.id]: v }))}
                error={fieldErrors[`levels.${c.id}`]}
                required
              >
                <Stack gap="xs" mt="xs">
                  {c.levels.map((l) => (
                    <Radio
                      key={l.points}
                      value={String(l.points)}
                      label={t('practice.level', { label: l.label, points: l.points })}
                      description={l.descriptor ? <span translate="no">{l.descriptor}</span> : undefined}
                      styles={{ body: { minHeight: 44, alignItems: 'center' } }}
                    />
                  ))}
                </Stack>
              </Radio.Group>
            ))}
            <Group>
              <Button onClick={() => void submit()} loading={sending.loading} mih={44}>
                {essay.secondTryOpen ? t('practice.sendSecondTry') : t('practice.sendScores')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

/** The student's last try beside the agreed level and the teachers' rationale, per criterion. */
function Comparison({ essay }: { essay: CalibrationEssayFieldsFragment }) {
  const t = useT('calibration');
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600} role="status">
        {t(essay.tries === 2 ? 'comparison.secondTry' : 'comparison.firstTry', { accuracy: percent(essay.accuracy) })}
      </Text>
      <ScrollTable label={t('comparison.tableLabel', { n: essay.position })} minWidth={520}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('comparison.criterion')}</Table.Th>
              <Table.Th scope="col">{t('comparison.yours')}</Table.Th>
              <Table.Th scope="col">{t('comparison.agreed')}</Table.Th>
              <Table.Th scope="col">{t('comparison.why')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {essay.comparison.map((c) => (
              <Table.Tr key={c.criterionId}>
                <Table.Th scope="row" translate="no">
                  {c.title}
                </Table.Th>
                <Table.Td>
                  <span translate="no">{c.yourLabel ?? '—'}</span>
                  {c.levelsAway > 0 && (
                    <Text span size="xs" c={c.levelsAway >= 2 ? 'red.8' : 'dimmed'}>
                      {' '}
                      {t('comparison.levelsAway', { count: c.levelsAway })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td translate="no">{c.agreedLabel}</Table.Td>
                <Table.Td translate="no">{c.rationale}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
