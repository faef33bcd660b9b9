import { Accordion, List, Stack, Text } from '@mantine/core';
import '@mantine/core/styles/Accordion.css';
import { useQuery } from '@apollo/client/react';
import { StudentCalibrationQuery } from './operations';
import { useT } from '../../../lib/i18n';

/**
 * "Examples" beside the rubric on the review page: the exchange's example essays with the level the
 * teachers agreed on each criterion and why. Nothing when calibration is off.
 */
export function AnchorExamples({ exchangeId }: { exchangeId: string }) {
  const t = useT('calibration');
  const { data } = useQuery(StudentCalibrationQuery, { variables: { exchangeId }, fetchPolicy: 'cache-first' });
  const essays = (data?.studentCalibration.essays ?? []).filter((e) => e.comparison.length > 0);
  if (!essays.length) return null;
  return (
    <Accordion variant="contained" order={2}>
      <Accordion.Item value="examples">
        <Accordion.Control>
          <Text component="span" fw={600}>
            {t('examples.title')}
          </Text>
        </Accordion.Control>
        <Accordion.Panel>
          <Stack gap="md">
            {essays.map((e) => (
              <Stack gap={4} key={e.essayId} component="article" aria-label={t('examples.essay', { n: e.position })}>
                <Text fw={600}>{t('examples.essay', { n: e.position })}</Text>
                <details>
                  <summary style={{ minHeight: 44, display: 'flex', alignItems: 'center', cursor: 'pointer' }}>
                    {t('examples.readEssay')}
                  </summary>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-word" translate="no">
                    {e.body}
                  </Text>
                </details>
                <List size="sm" spacing={4}>
                  {e.comparison.map((c) => (
                    <List.Item key={c.criterionId} translate="no">
                      <Text span fw={600} size="sm">
                        {c.title}: {c.agreedLabel}.
                      </Text>{' '}
                      {c.rationale}
                    </List.Item>
                  ))}
                </List>
              </Stack>
            ))}
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
